# os.path.join edge cases
import os.path as p

cases = [
    ('a',),
    ('a', 'b'),
    ('a/', 'b'),
    ('a', '/b'),
    ('/a', 'b', '/c', 'd'),
    ('a', ''),
    ('', 'a'),
    ('', ''),
    ('a', '', 'b'),
    ('a//', 'b'),
    ('/', 'x'),
    ('a', 'b/', 'c/'),
    ('.', '..', 'z'),
    ('dir', 'file.txt'),
    ('//srv', 'share'),
]
for args in cases:
    print(args, '->', repr(p.join(*args)))

print(p.join(b'a', b'b'))
for bad in [('a', b'b'), (b'a', 'b'), ('a', 1), (None,)]:
    try:
        p.join(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    p.join()
except TypeError as e:
    print(type(e).__name__)

class Pathish:
    def __init__(self, s):
        self.s = s
    def __fspath__(self):
        return self.s
print(p.join(Pathish('base'), 'leaf'))
print(p.join('root', Pathish('mid'), 'end'))
