# OSError subclasses raised by file operations, with filenames in the message
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

base = 'tmp_os_06'
_clean(base)
os.mkdir(base)
f = os.path.join(base, 'file.txt')
d = os.path.join(base, 'dir')
with open(f, 'w') as fh:
    fh.write('data')
os.mkdir(d)
with open(os.path.join(d, 'inside'), 'w') as fh:
    pass

def attempt(label, func, *args):
    try:
        func(*args)
        print(label, 'ok')
    except OSError as e:
        print(label, type(e).__name__, e)
        print('   ', e.errno, e.strerror, e.filename, e.filename2)

attempt('open missing', open, os.path.join(base, 'nope.txt'))
attempt('open dir', open, d)
attempt('open dir w', open, d, 'w')
attempt('mkdir existing', os.mkdir, d)
attempt('mkdir on file', os.mkdir, f)
attempt('mkdir missing parent', os.mkdir, os.path.join(base, 'a', 'b'))
attempt('listdir file', os.listdir, f)
attempt('listdir missing', os.listdir, os.path.join(base, 'zzz'))
attempt('remove dir', os.remove, d)
attempt('remove missing', os.remove, os.path.join(base, 'ghost'))
attempt('rmdir file', os.rmdir, f)
attempt('rmdir non-empty', os.rmdir, d)
attempt('rename missing', os.rename, os.path.join(base, 'x'), os.path.join(base, 'y'))
attempt('open through file', open, os.path.join(f, 'child'))
attempt('stat missing', os.stat, os.path.join(base, 'nothing'))

print(issubclass(FileNotFoundError, OSError), OSError is IOError, OSError is EnvironmentError)
e = FileNotFoundError(2, 'No such file or directory', 'some/path')
print(e, e.errno, e.filename)
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e)
e = OSError(17, 'File exists', 'p')
print(type(e).__name__, e)
e = OSError(21, 'msg', 'a', None, 'b')
print(type(e).__name__, e)
e = OSError('just text')
print(type(e).__name__, e, e.errno)

os.remove(os.path.join(d, 'inside'))
os.rmdir(d)
os.remove(f)
os.rmdir(base)
print(os.path.exists(base))
