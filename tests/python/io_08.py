# Module-level names of io and IncrementalNewlineDecoder.
import io
import builtins

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is builtins.open, io.BlockingIOError is BlockingIOError)
print(issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError),
      issubclass(io.UnsupportedOperation, Exception))
print(io.UnsupportedOperation('not here').args)
print(io.text_encoding('utf-8'), io.text_encoding(None))
for name in ('StringIO', 'BytesIO', 'IOBase', 'RawIOBase', 'BufferedIOBase',
             'TextIOBase', 'IncrementalNewlineDecoder', 'TextIOWrapper',
             'UnsupportedOperation', 'open', 'SEEK_END'):
    print(name, name in io.__all__, hasattr(io, name))
print(isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.StringIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.TextIOBase))

# IncrementalNewlineDecoder on str input (decoder=None)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.newlines))
print(repr(d.decode('\nb\rc')), repr(d.newlines))
print(repr(d.decode('\r')), d.getstate())
print(repr(d.decode('', final=True)), repr(d.newlines))
d.reset()
print(repr(d.newlines), d.getstate())

d = io.IncrementalNewlineDecoder(None, translate=False)
pieces = ['line1\r', '\nline2\r', 'line3\n', 'x\r']
out = [d.decode(p) for p in pieces]
out.append(d.decode('', final=True))
print(out, d.newlines)

d = io.IncrementalNewlineDecoder(None, translate=True)
d.setstate((b'', 1))
print(repr(d.decode('x')), d.getstate())
try:
    d.decode(b'bytes')
except TypeError as e:
    print('TypeError', e)
