# building and normalising paths for a small "project layout" helper
import os
import os.path as p

class Layout:
    def __init__(self, root):
        self.root = p.normpath(root)
    def path(self, *parts):
        return p.normpath(p.join(self.root, *parts))
    def rel(self, path):
        return p.relpath(path, self.root)
    def ext_groups(self, names):
        groups = {}
        for n in names:
            stem, ext = p.splitext(n)
            groups.setdefault(ext or '<none>', []).append(stem)
        return groups

lay = Layout('proj/./src/../')
print(lay.root)
print(lay.path('src', 'main.py'))
print(lay.path('docs', '..', 'tests', 'test_a.py'))
print(lay.rel('proj/src/pkg/mod.py'))
print(lay.rel('other/file'))
print(lay.ext_groups(['a.py', 'b.py', 'README', 'setup.cfg', 'c.tar.gz', '.gitignore']))

print(p.sep, p.extsep, p.curdir, p.pardir, repr(os.sep), repr(os.pathsep), repr(os.linesep))
print(p.basename(lay.path('x', 'y.z')), p.dirname(lay.path('x', 'y.z')))
print(p.normcase('MiXeD/Case'))
print(p.expanduser('no_tilde/here'))
print(p.expandvars('no vars here'))
os.environ['TIERCEL_OSP5_DIR'] = 'builds'
print(p.expandvars('$TIERCEL_OSP5_DIR/out'), p.expandvars('${TIERCEL_OSP5_DIR}x'), p.expandvars('$UNSET_TIERCEL_VAR_Q/y'))
del os.environ['TIERCEL_OSP5_DIR']
print(os.fspath('text'), os.fspath(b'bytes'))
try:
    os.fspath(3)
except TypeError as e:
    print(type(e).__name__, e)
