# os.environ is a MutableMapping; os.environb, os.getenvb and os.getcwdb see
# the same data as bytes; listdir() accepts bytes and path-like objects
import collections.abc
import os

print(isinstance(os.environ, collections.abc.MutableMapping),
      isinstance(os.environb, collections.abc.Mapping))
print(type(os.environ).__name__, type(os.environb).__name__)

key = 'STDLIB_PROBE_03_VAR'
os.environ[key] = 'café'
print(os.environb[key.encode()] == 'café'.encode())
print(os.getenvb(key.encode()) == 'café'.encode(), os.getenvb(b'STDLIB_PROBE_03_NONE', b'dflt'))
os.environb[b'STDLIB_PROBE_03_B'] = b'from bytes'
print(os.environ['STDLIB_PROBE_03_B'])
del os.environb[b'STDLIB_PROBE_03_B']
print('STDLIB_PROBE_03_B' in os.environ)

for bad in [lambda: os.environb.__setitem__('str key', b'v'),
            lambda: os.environ.__setitem__(b'bytes key', 'v'),
            lambda: os.environ.__setitem__(key, 5),
            lambda: os.environ[b'x'],
            lambda: os.environb['x']]:
    try:
        bad()
        print('accepted')
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

merged = os.environ | {'STDLIB_PROBE_03_EXTRA': '1'}
print(type(merged).__name__, merged[key], 'STDLIB_PROBE_03_EXTRA' in os.environ)
os.environ |= {'STDLIB_PROBE_03_EXTRA': '2'}
print(os.environ.pop('STDLIB_PROBE_03_EXTRA'), os.environ.pop('STDLIB_PROBE_03_EXTRA', 'gone'))
print(os.environ.setdefault(key, 'ignored'), os.environ.get('STDLIB_PROBE_03_NONE', 'fallback'))
snapshot = os.environ.copy()
print(type(snapshot).__name__, snapshot[key])
del os.environ[key]
print(key in os.environ, key in snapshot)

print(os.getcwdb() == os.fsencode(os.getcwd()))

base = 'tmp_stdlib_probe_03'
os.makedirs(os.path.join(base, 'sub'))
for name in ('b.txt', 'a.txt'):
    with open(os.path.join(base, name), 'w') as f:
        f.write(name)


class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


print(sorted(os.listdir(base)))
print(sorted(os.listdir(base.encode())))
print(sorted(os.listdir(Where(base))))
print(sorted(e.name for e in os.scandir(base.encode())))
for name in os.listdir(base):
    p = os.path.join(base, name)
    if os.path.isdir(p):
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(base)
print(os.path.exists(base))
