# os.walk (sorted) over a temporary tree, top-down and bottom-up
import os

def _clean(path):
    # remove what an earlier, interrupted run may have left behind
    if not os.path.isdir(path):
        return
    for root, dirs, files in os.walk(path, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(path)

base = 'tmp_os_02'
_clean(base)
layout = {
    'docs/index.md': 'index',
    'docs/api/ref.md': 'ref',
    'src/pkg/__init__.py': '',
    'src/pkg/core.py': 'core = 1\n',
    'src/main.py': 'print(1)\n',
    'README': 'readme',
}
for rel, text in layout.items():
    full = os.path.join(base, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)
os.makedirs(os.path.join(base, 'empty'))

def rel(path):
    return os.path.relpath(path, base)

print('top-down:')
for dirpath, dirnames, filenames in os.walk(base):
    dirnames.sort()
    print(' ', rel(dirpath), dirnames, sorted(filenames))

print('bottom-up:')
entries = []
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    entries.append((rel(dirpath), sorted(dirnames), sorted(filenames)))
for e in sorted(entries):
    print(' ', *e)
# in bottom-up order every directory comes after its subdirectories
order = [e[0] for e in entries]
print(all(order.index(p) < order.index(os.path.dirname(p) or '.') for p in order if p != '.'))

print('pruned:')
for dirpath, dirnames, filenames in os.walk(base):
    dirnames[:] = sorted(d for d in dirnames if d != 'src')
    print(' ', rel(dirpath), sorted(filenames))

print('missing top:', list(os.walk(os.path.join(base, 'nope'))))
errors = []
list(os.walk(os.path.join(base, 'nope'), onerror=lambda e: errors.append(type(e).__name__)))
print(errors)

total = 0
for dirpath, dirnames, filenames in os.walk(base):
    for fn in filenames:
        total += os.path.getsize(os.path.join(dirpath, fn))
print('total bytes', total)

for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for fn in filenames:
        os.remove(os.path.join(dirpath, fn))
    for d in dirnames:
        os.rmdir(os.path.join(dirpath, d))
os.rmdir(base)
print(os.path.exists(base))
