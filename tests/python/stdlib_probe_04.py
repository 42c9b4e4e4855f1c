# os.path.join and friends: the messages CPython gives for bad arguments
import os.path
import posixpath


class Pathish:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path.join('data', Pathish('raw'), 'file.csv'))
print(os.path.join(Pathish('/srv'), 'www'))
print(os.path.join(b'/srv', b'www', b'index.html'))

cases = [
    ('join int first', lambda: os.path.join(1, 'a')),
    ('join int later', lambda: os.path.join('a', 1)),
    ('join None later', lambda: os.path.join('a', 'b', None)),
    ('join list later', lambda: posixpath.join('/x', ['y'])),
    ('join mixed', lambda: os.path.join('a', b'b')),
    ('join mixed bytes first', lambda: os.path.join(b'a', 'b')),
    ('join bad and mixed', lambda: os.path.join('a', b'b', 3.5)),
    ('commonpath mixed', lambda: os.path.commonpath(['/a', b'/b'])),
    ('commonpath int', lambda: os.path.commonpath(['/a', 7])),
    ('relpath mixed', lambda: os.path.relpath('a', b'b')),
    ('basename int', lambda: os.path.basename(3)),
    ('split None', lambda: os.path.split(None)),
    ('bad fspath', lambda: os.path.join('a', Pathish(5))),
]
for label, call in cases:
    try:
        print(label, '->', call())
    except TypeError as e:
        print(label, '->', type(e).__name__, e)

parts = ['usr', 'local', 'lib']
print(os.path.join('/', *parts), os.path.join('', *parts), os.path.join(*parts, ''))
