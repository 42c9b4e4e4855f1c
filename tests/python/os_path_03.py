# normpath / relpath / commonpath / commonprefix
import os.path as p

for s in ['', '.', '..', '/', '//', '///', 'a/./b', 'a/../b', 'a/b/../../..',
          '/..', '/../a', '//a//b', 'a/b/c/./../d', './.', 'a/', '../../x/../y',
          '/a/b/../../../c', 'a/.../b']:
    print(repr(s), '->', repr(p.normpath(s)))

for path, start in [('a/b/c', 'a'), ('a', 'a/b/c'), ('a/b', 'a/c'), ('a', 'a'),
                    ('/x/y', '/x/z/w'), ('/', '/a/b'), ('/a/b', '/'),
                    ('x/./y', 'x/z/..'), ('../p', '.')]:
    print(repr(path), repr(start), '->', repr(p.relpath(path, start)))
try:
    p.relpath('')
except ValueError as e:
    print(type(e).__name__, e)

groups = [['/usr/lib', '/usr/local/lib'], ['/usr/lib', '/usr/lib'],
          ['a/b/c', 'a/b/d', 'a/bc'], ['a/b', 'a/b/c'], ['/a', '/b'], ['x'],
          ['a/./b', 'a/b/c'], ['//a/b', '/a/c']]
for g in groups:
    print(g, '->', repr(p.commonpath(g)), repr(p.commonprefix(g)))
for bad in [[], ['/a', 'b']]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    p.commonpath(['a', b'b'])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(p.commonprefix([])), repr(p.commonprefix(['interstate', 'internet', 'interval'])))
print(p.commonprefix([[1, 2, 3], [1, 2, 4]]))
