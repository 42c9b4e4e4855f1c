# os.stat sizes and fields; scandir
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

base = 'tmp_os_03'
_clean(base)
os.mkdir(base)
sizes = {'zero': 0, 'one': 1, 'kilo': 1024, 'odd': 777}
for name, size in sizes.items():
    with open(os.path.join(base, name), 'wb') as f:
        f.write(b'x' * size)

for name in sorted(sizes):
    st = os.stat(os.path.join(base, name))
    print(name, st.st_size, st.st_size == st[6], type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)

st = os.stat(os.path.join(base, 'kilo'))
print(type(st).__name__, st.st_mode & 0o170000 == 0o100000, st.st_nlink)
print(os.stat(base).st_mode & 0o170000 == 0o040000)
print(abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1)

# appending grows the size
with open(os.path.join(base, 'one'), 'ab') as f:
    f.write(b'more')
print(os.stat(os.path.join(base, 'one')).st_size)

# fstat on an open file agrees with stat
with open(os.path.join(base, 'odd'), 'rb') as f:
    print(os.fstat(f.fileno()).st_size)

# lstat on a plain file is the same as stat
print(os.lstat(os.path.join(base, 'zero')).st_size)

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.is_file(), e.is_dir(), e.stat().st_size, e.path == os.path.join(base, e.name))

try:
    os.stat(os.path.join(base, 'ghost'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e.strerror)

for name in sizes:
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
