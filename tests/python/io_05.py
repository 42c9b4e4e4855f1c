# BytesIO errors: types, closed buffers, negative values.
import io


def attempt(label, func, *args):
    try:
        result = func(*args)
    except Exception as e:
        print('%-16s %s: %s' % (label, type(e).__name__, e))
    else:
        print('%-16s -> %r' % (label, result))


attempt('init str', io.BytesIO, 'text')
attempt('init int', io.BytesIO, 3)
attempt('init list', io.BytesIO, [1, 2])

b = io.BytesIO(b'payload')
attempt('write str', b.write, 'text')
attempt('write int', b.write, 5)
attempt('writelines str', b.writelines, ['a'])
attempt('read str', b.read, 'x')
attempt('read float', b.read, 2.0)
attempt('readline str', b.readline, 'x')
attempt('readinto bytes', b.readinto, b'immutable')
attempt('readinto str', b.readinto, 'text')
attempt('seek negative', b.seek, -1)
attempt('seek whence 3', b.seek, 0, 3)
attempt('seek float', b.seek, 1.0)
attempt('seek cur -3', b.seek, -3, 1)
attempt('seek end -3', b.seek, -3, 2)
attempt('seek end +3', b.seek, 3, 2)
attempt('truncate -1', b.truncate, -1)
attempt('truncate str', b.truncate, 'a')
attempt('truncate None', b.truncate, None)
attempt('fileno', b.fileno)
attempt('detach', b.detach)
print(b.getvalue())

b.close()
print('closed', b.closed)
for name in ('read', 'read1', 'readline', 'readlines', 'getvalue',
             'getbuffer', 'tell', 'truncate', 'readable', 'writable',
             'seekable', 'isatty', 'flush', '__next__', '__enter__'):
    attempt(name, getattr(b, name))
attempt('seek', b.seek, 0)
attempt('write', b.write, b'x')
attempt('write str', b.write, 'x')
attempt('writelines', b.writelines, [b'x'])
attempt('readinto', b.readinto, bytearray(2))
attempt('close again', b.close)
try:
    next(b)
except ValueError as e:
    print('next:', e)

# the position may be moved anywhere at or after 0
c = io.BytesIO(b'abc')
print(c.seek(100), c.read(), c.tell(), c.getvalue())
print(c.seek(-1000, io.SEEK_END), c.read())
