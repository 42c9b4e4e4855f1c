# The io class hierarchy: real files are instances of io.IOBase and friends,
# the io base classes are ABCs (register() works), and the concrete classes
# report the module _io as CPython's do
import abc
import io
import os

print(io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader)
print(type(io.StringIO()), type(io.BytesIO()))
print(io.IOBase, io.TextIOBase, io.BufferedIOBase, io.RawIOBase)
print(type(io.IOBase) is abc.ABCMeta)

base = 'tmp_stdlib_probe_08'
os.makedirs(base, exist_ok=True)
path = os.path.join(base, 'notes.txt')
with open(path, 'w') as f:
    print('text file:', isinstance(f, io.IOBase), isinstance(f, io.TextIOBase),
          isinstance(f, io.TextIOWrapper), isinstance(f, io.BufferedIOBase),
          isinstance(f, io.RawIOBase))
    f.write('one\ntwo\n')
with open(path, 'rb') as f:
    print('binary read:', isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase),
          isinstance(f, io.BufferedReader), isinstance(f, io.TextIOBase),
          isinstance(f, io.BufferedWriter))
with open(path, 'ab') as f:
    print('binary append:', isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedReader))


def describe(stream):
    if isinstance(stream, io.TextIOBase):
        return 'text'
    if isinstance(stream, (io.BufferedIOBase, io.RawIOBase)):
        return 'binary'
    if isinstance(stream, io.IOBase):
        return 'some stream'
    return 'not a stream'


with open(path) as t, open(path, 'rb') as b:
    print([describe(s) for s in (t, b, io.StringIO(), io.BytesIO(), 'path', 42)])
os.remove(path)
os.rmdir(base)

print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.TextIOBase),
      issubclass(io.TextIOWrapper, io.IOBase), issubclass(int, io.IOBase))


class SocketLike:
    def read(self, n=-1):
        return b''


print(isinstance(SocketLike(), io.IOBase))
io.RawIOBase.register(SocketLike)
print(isinstance(SocketLike(), io.RawIOBase), isinstance(SocketLike(), io.IOBase),
      isinstance(SocketLike(), io.TextIOBase), describe(SocketLike()))


class Counter(io.TextIOBase):
    """A write-only text sink that counts characters."""
    def __init__(self):
        self.count = 0

    def writable(self):
        return True

    def write(self, s):
        self.count += len(s)
        return len(s)


c = Counter()
print('a', 'bc', file=c)
print(c.count, isinstance(c, io.TextIOBase), describe(c))


class Abstract(io.RawIOBase, abc.ABC):
    @abc.abstractmethod
    def special(self):
        ...


class Concrete(Abstract):
    def special(self):
        return 'special'


print(Concrete().special(), isinstance(Concrete(), io.RawIOBase))
