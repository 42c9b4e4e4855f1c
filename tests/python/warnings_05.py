# formatwarning and showwarning: formatting, overriding the display hook
import warnings

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10)))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'a/b.py', 3, line='  code()  ')))
print(repr(warnings.formatwarning(UserWarning('obj'), UserWarning, 'x.py', 1, line='')))

shown = []
def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append('%s: %s (line %d)' % (category.__name__, message, lineno))

old_show = warnings.showwarning
warnings.showwarning = my_show
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', RuntimeWarning)
warnings.showwarning = old_show
print(shown)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

out = Collector()
warnings.showwarning('shown directly', UserWarning, 'prog.py', 42, file=out, line='x = 1')
print(out.parts)
out = Collector()
warnings.showwarning('no line', FutureWarning, 'prog.py', 7, file=out, line='')
print(out.parts)

# overriding formatwarning changes what showwarning writes
old_format = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: '[%s] %s\n' % (c.__name__, m)
out = Collector()
warnings.showwarning('custom format', UserWarning, 'prog.py', 1, file=out)
print(out.parts)
warnings.formatwarning = old_format

# catch_warnings restores showwarning and the filters
before = warnings.showwarning
n_filters = len(warnings.filters)
with warnings.catch_warnings(record=True):
    warnings.simplefilter('error')
    print(warnings.showwarning is before)
print(warnings.showwarning is before, len(warnings.filters) == n_filters)

# a warning that is displayed uses formatwarning's layout on stderr
import sys
err = Collector()
sys.stderr = err
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to fake stderr')
sys.stderr = sys.__stderr__
text = ''.join(err.parts)
print(text.split(':', 1)[0].endswith('warnings_05.py'), text.split(':', 2)[1], text.split(':', 2)[2])
