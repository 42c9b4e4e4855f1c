# warnings.warn with categories, recorded by catch_warnings(record=True)
import warnings
import os

def describe(w):
    return '%s | %s | %s:%d' % (w.category.__name__, w.message,
                                os.path.basename(w.filename), w.lineno)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('plain message')
    warnings.warn('old api', DeprecationWarning)
    warnings.warn('soon old', PendingDeprecationWarning)
    warnings.warn('odd syntax', SyntaxWarning)
    warnings.warn('at runtime', RuntimeWarning)
    warnings.warn('future change', FutureWarning)
    warnings.warn('import thing', ImportWarning)
    warnings.warn('unicode thing', UnicodeWarning)
    warnings.warn('bytes thing', BytesWarning)
    warnings.warn('resource thing', ResourceWarning)
print(len(caught))
for w in caught:
    print(describe(w))

class AppWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('custom', AppWarning)
    warnings.warn(AppWarning('instance given'))
    warnings.warn(RuntimeWarning('instance wins'), UserWarning)
    warnings.warn(42)
for w in caught:
    print(describe(w), type(w.message).__name__, w.message.args)

for cat in (Warning, UserWarning, DeprecationWarning, ResourceWarning, AppWarning):
    print(cat.__name__, [c.__name__ for c in cat.__mro__[1:-1]])

try:
    warnings.warn('bad category', int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.warn('bad category', ValueError)
except TypeError as e:
    print(type(e).__name__, e)
w = caught[0]
print(type(w).__name__, w.file, w.line, w.source)
print(str(w).startswith("{message : AppWarning('custom'), category : 'AppWarning', filename : "))
