# makedirs / removedirs / rename / remove / listdir on a temporary tree
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

base = 'tmp_os_01'
_clean(base)
os.mkdir(base)
print(os.listdir(base))
os.makedirs(os.path.join(base, 'x', 'y', 'z'))
os.makedirs(os.path.join(base, 'x', 'y', 'z'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'x', 'y'))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename)

for name in ['c.txt', 'a.txt', 'b.log']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 3)
print(sorted(os.listdir(base)))
print(sorted(os.listdir(os.path.join(base, 'x'))))

os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'renamed.txt'))
print(sorted(os.listdir(base)))
with open(os.path.join(base, 'renamed.txt')) as f:
    print(f.read())

# rename over an existing file replaces it
os.rename(os.path.join(base, 'renamed.txt'), os.path.join(base, 'c.txt'))
print(sorted(os.listdir(base)))
with open(os.path.join(base, 'c.txt')) as f:
    print(f.read())

# moving into a subdirectory
os.rename(os.path.join(base, 'b.log'), os.path.join(base, 'x', 'b.log'))
print(sorted(os.listdir(os.path.join(base, 'x'))))
os.replace(os.path.join(base, 'x', 'b.log'), os.path.join(base, 'x', 'y', 'moved.log'))
print(sorted(os.listdir(os.path.join(base, 'x', 'y'))))

os.remove(os.path.join(base, 'c.txt'))
os.unlink(os.path.join(base, 'x', 'y', 'moved.log'))
print(sorted(os.listdir(base)))

# removedirs removes empty parents too, stopping at the first non-empty one
open(os.path.join(base, 'keep'), 'w').close()
os.removedirs(os.path.join(base, 'x', 'y', 'z'))
print(os.path.exists(os.path.join(base, 'x')), os.path.exists(base))
os.remove(os.path.join(base, 'keep'))
os.rmdir(base)
print(os.path.exists(base))

# listdir accepts bytes and returns bytes
os.mkdir(base)
open(os.path.join(base, 'f'), 'w').close()
print(os.listdir(base.encode()))
os.remove(os.path.join(base, 'f'))
os.rmdir(base)
print(type(os.listdir()).__name__)
