# warnings: CPython 3.11 checks filter arguments with assert statements, and
# a stacklevel past the outermost frame reports "sys", line 1
import sys
import warnings

bad_calls = [
    ('simplefilter action', lambda: warnings.simplefilter('loud')),
    ('simplefilter lineno', lambda: warnings.simplefilter('error', lineno=-3)),
    ('filterwarnings action', lambda: warnings.filterwarnings('sometimes')),
    ('filterwarnings message', lambda: warnings.filterwarnings('ignore', message=b'x')),
    ('filterwarnings category not a class', lambda: warnings.filterwarnings('ignore', category='UserWarning')),
    ('filterwarnings category not a warning', lambda: warnings.filterwarnings('ignore', category=KeyError)),
    ('filterwarnings module', lambda: warnings.filterwarnings('ignore', module=3)),
    ('filterwarnings lineno', lambda: warnings.filterwarnings('ignore', lineno='7')),
]
for label, call in bad_calls:
    try:
        call()
        print(label, 'accepted')
    except AssertionError as e:
        print(label, '->', type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(label, '-> unexpected', type(e).__name__, e)


def deep(level):
    if level == 0:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            warnings.warn('from the bottom', stacklevel=100)
            warnings.warn('one level up', stacklevel=2)
        for w in caught:
            print(w.category.__name__, str(w.message), w.filename.endswith('.py') or w.filename, w.lineno)
        return
    deep(level - 1)


deep(3)

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings('always', category=RuntimeWarning)
    warnings.filterwarnings('ignore', module='nomatch')
    warnings.warn('kept', RuntimeWarning)
    print([str(w.message) for w in caught])

# The default filters still apply outside catch_warnings.
saved = sys.stderr
import io
sys.stderr = buf = io.StringIO()
try:
    warnings.warn('too deep for the stack', UserWarning, stacklevel=40)
finally:
    sys.stderr = saved
print(repr(buf.getvalue()))
