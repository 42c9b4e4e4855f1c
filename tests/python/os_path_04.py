# exists / isfile / isdir / getsize / abspath on a temporary tree
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

base = 'tmp_os_path_04'
_clean(base)
os.makedirs(os.path.join(base, 'sub', 'deep'))
with open(os.path.join(base, 'a.txt'), 'w') as f:
    f.write('hello world')
with open(os.path.join(base, 'sub', 'empty.bin'), 'wb') as f:
    pass

for rel in ['', 'a.txt', 'sub', 'sub/deep', 'sub/empty.bin', 'missing', 'a.txt/x', 'sub/']:
    path = os.path.join(base, rel)
    print(repr(rel), os.path.exists(path), os.path.isfile(path), os.path.isdir(path),
          os.path.islink(path))
print(os.path.getsize(os.path.join(base, 'a.txt')), os.path.getsize(os.path.join(base, 'sub', 'empty.bin')))
try:
    os.path.getsize(os.path.join(base, 'nope'))
except OSError as e:
    print(type(e).__name__, e)

print(os.path.exists(''), os.path.isdir('.'), os.path.isfile('.'))
print(os.path.abspath(base) == os.path.join(os.getcwd(), base))
print(os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y'))
print(os.path.isabs(os.path.abspath('rel')))
print(os.path.realpath(base) == os.path.realpath(os.path.join(base, 'sub', '..')))
print(os.path.samefile(base, os.path.join(base, 'sub', '..')))
print(os.path.getmtime(os.path.join(base, 'a.txt')) > 0)

os.remove(os.path.join(base, 'a.txt'))
os.remove(os.path.join(base, 'sub', 'empty.bin'))
os.removedirs(os.path.join(base, 'sub', 'deep'))
print(os.path.exists(base))
