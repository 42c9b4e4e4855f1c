# getcwd / chdir round trip
import os

start = os.getcwd()
print(type(start).__name__, os.path.isabs(start))

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

base = 'tmp_os_05'
_clean(base)
os.makedirs(os.path.join(base, 'inner'))
os.chdir(base)
print(os.path.basename(os.getcwd()))
print(os.getcwd() == os.path.join(start, base))
with open('here.txt', 'w') as f:
    f.write('relative write')
os.chdir('inner')
print(os.path.basename(os.getcwd()))
print(os.path.exists(os.path.join('..', 'here.txt')))
os.chdir(os.pardir)
os.chdir('..')
print(os.getcwd() == start)
print(os.path.exists(os.path.join(base, 'here.txt')))

# chdir to an absolute path and back
os.chdir(os.path.join(start, base, 'inner'))
print(os.path.basename(os.getcwd()))
os.chdir(start)
print(os.getcwd() == start)

class cd:
    def __init__(self, path):
        self.path = path
    def __enter__(self):
        self.old = os.getcwd()
        os.chdir(self.path)
    def __exit__(self, *exc):
        os.chdir(self.old)

with cd(base):
    print(sorted(os.listdir('.')))
print(os.getcwd() == start)
try:
    with cd(base):
        raise ValueError('inside')
except ValueError as e:
    print('error', e, os.getcwd() == start)

try:
    os.chdir(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.chdir(os.path.join(base, 'here.txt'))
except NotADirectoryError as e:
    print(type(e).__name__, e)
print(os.getcwd() == start)
print(os.getcwdb() == start.encode())

os.remove(os.path.join(base, 'here.txt'))
os.rmdir(os.path.join(base, 'inner'))
os.rmdir(base)
