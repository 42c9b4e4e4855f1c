# Writing file-like classes on top of the io abstract base classes.
import io


class CountingReader(io.RawIOBase):
    """A raw stream over bytes that hands out at most 3 bytes a call."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        self.calls += 1
        n = min(len(buffer), len(self.data) - self.pos, 3)
        buffer[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = CountingReader(b'alpha\nbeta\ngamma')
print(r.read(4), r.readline(), r.readall(), r.read(), r.calls)
r = CountingReader(b'x\ny\nz')
print(list(r), r.readable(), r.writable(), r.seekable(), r.closed)
r = CountingReader(b'1\n22\n333\n4444\n')
print(r.readlines(4), r.readlines())
with CountingReader(b'ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    iter(c)
except ValueError as e:
    print('iter closed:', e)
try:
    with c:
        pass
except ValueError as e:
    print('with closed:', e)


class Upper(io.TextIOBase):
    """A write-only text stream collecting upper-cased text."""

    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print('hello', 'text stream', file=u)
u.writelines(['a\n', 'b\n'])
print(repr(''.join(u.parts)), u.writable(), u.readable(), u.encoding,
      u.errors, u.newlines)
for name in ('read', 'readline', 'detach', 'fileno', 'tell', 'truncate'):
    try:
        getattr(u, name)()
    except io.UnsupportedOperation as e:
        print(name, 'unsupported:', e)
try:
    u.seek(0)
except io.UnsupportedOperation as e:
    print('seek unsupported:', e)


class Chunked(io.BufferedIOBase):
    """A buffered reader over a list of chunks."""

    def __init__(self, chunks):
        self.chunks = list(chunks)

    def readable(self):
        return True

    def read(self, size=-1):
        if not self.chunks:
            return b''
        chunk = self.chunks.pop(0)
        if 0 <= size < len(chunk):
            self.chunks.insert(0, chunk[size:])
            chunk = chunk[:size]
        return chunk

    read1 = read


ch = Chunked([b'abc', b'defg', b'h'])
buf = bytearray(2)
print(ch.readinto(buf), buf, ch.readinto1(buf), buf)
print(ch.read(), ch.read(), ch.read())
for name in ('read1', 'write', 'detach'):
    try:
        getattr(io.BufferedIOBase(), name)(*([b'x'] if name == 'write' else []))
    except io.UnsupportedOperation as e:
        print(name, 'unsupported:', e)

# the generic IOBase
base = io.IOBase()
print(base.readable(), base.writable(), base.seekable(), base.closed,
      base.isatty(), base.flush())
for name in ('seek', 'tell', 'truncate', 'fileno'):
    try:
        getattr(base, name)(*([0] if name == 'seek' else []))
    except io.UnsupportedOperation as e:
        print(name, 'unsupported:', e)
base.close()
print(base.closed)
for name in ('flush', 'isatty', '__enter__', 'writelines'):
    try:
        getattr(base, name)(*([[]] if name == 'writelines' else []))
    except ValueError as e:
        print(name, 'closed:', e)


# NotImplementedError from RawIOBase when readinto is missing
class Empty(io.RawIOBase):
    pass


for call in (lambda: Empty().read(), lambda: Empty().read(2),
             lambda: Empty().write(b'x')):
    try:
        call()
    except NotImplementedError as e:
        print('NotImplementedError', repr(e))

print(isinstance(u, io.IOBase), isinstance(r, io.IOBase),
      isinstance(ch, io.BufferedIOBase), isinstance(r, io.TextIOBase),
      issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.RawIOBase))
