# split / splitext / basename / dirname edge cases
import os.path as p

paths = ['', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', 'a/b/', '/a/b/c',
         'a//b', '//a', '.', '..', './x', 'x/..', '/usr/lib/python3.11']
for s in paths:
    print(repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))

exts = ['file.txt', 'archive.tar.gz', '.bashrc', '..hidden', 'noext', 'dir.d/file',
        'dir.d/.conf', 'a.', 'a..', '...', '.', '..', 'x/y.z/', '/a/b.c', 'name.TXT',
        '.a.b', 'a.b.c.d']
for s in exts:
    print(repr(s), p.splitext(s))

print(p.splitext(b'pkg.tar.bz2'))
print(p.split(b'/x/y'))
print(p.splitdrive('/a/b'), p.splitdrive('c:/x'))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''), p.isabs('//x'))
