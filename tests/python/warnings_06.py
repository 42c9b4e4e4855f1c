# warn_explicit, registries, the default filter set, and warnings inside classes
import warnings

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit one', UserWarning, 'virtual.py', 99)
    warnings.warn_explicit('explicit two', RuntimeWarning, 'other.py', 1, module='othermod')
for w in rec:
    print(w.filename, w.lineno, w.category.__name__, w.message)

registry = {}
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('default')
    for _ in range(3):
        warnings.warn_explicit('with registry', UserWarning, 'reg.py', 5, registry=registry)
print(len(rec), len([k for k in registry if k != 'version']))

# with no filter changes, DeprecationWarning shows in __main__ ...
import sys
class Sink:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s
sink = Sink()
sys.stderr = sink
with warnings.catch_warnings():
    warnings.warn('dep in main', DeprecationWarning)
    warnings.warn('pending', PendingDeprecationWarning)
    warnings.warn('import', ImportWarning)
    warnings.warn('resource', ResourceWarning)
    warnings.warn('user', UserWarning)
sys.stderr = sys.__stderr__
for line in sink.text.splitlines():
    if 'Warning:' in line:
        print(line.split(': ', 1)[1])

# ... but not when it appears to come from another module
sink = Sink()
sys.stderr = sink
with warnings.catch_warnings():
    warnings.warn_explicit('dep elsewhere', DeprecationWarning, 'lib.py', 1, module='some.lib')
sys.stderr = sys.__stderr__
print(repr(sink.text))

class Config:
    def __init__(self, **opts):
        if 'verbose' in opts:
            warnings.warn('verbose is deprecated, use level', DeprecationWarning, stacklevel=2)
            opts.setdefault('level', 2 if opts.pop('verbose') else 0)
        self.opts = opts

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('always')
    c = Config(verbose=True)
print(c.opts, [(str(w.message), w.lineno) for w in rec])
