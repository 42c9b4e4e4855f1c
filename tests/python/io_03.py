# StringIO error handling: closed buffers, bad arguments, seek rules.
import io


def attempt(label, func, *args):
    try:
        result = func(*args)
    except Exception as e:
        print('%-18s %s: %s' % (label, type(e).__name__, e))
    else:
        print('%-18s -> %r' % (label, result))


s = io.StringIO('some text')
attempt('read str', s.read, 'x')
attempt('read float', s.read, 1.5)
attempt('readline str', s.readline, '3')
attempt('readlines str', s.readlines, 'x')
attempt('write bytes', s.write, b'bytes')
attempt('write int', s.write, 42)
attempt('write None', s.write, None)
attempt('writelines ints', s.writelines, [1])
attempt('writelines int', s.writelines, 7)
attempt('seek negative', s.seek, -1)
attempt('seek cur nonzero', s.seek, 2, 1)
attempt('seek end nonzero', s.seek, -2, 2)
attempt('seek bad whence', s.seek, 0, 3)
attempt('seek str', s.seek, '0')
attempt('seek float', s.seek, 0.0)
attempt('seek cur', s.seek, 0, 1)
attempt('seek end', s.seek, 0, 2)
attempt('truncate neg', s.truncate, -5)
attempt('truncate str', s.truncate, 'a')
attempt('fileno', s.fileno)
attempt('detach', s.detach)
attempt('init int', io.StringIO, 5)
attempt('init bytes', io.StringIO, b'abc')
attempt('init list', io.StringIO, ['a'])
print(isinstance(io.UnsupportedOperation(), OSError),
      isinstance(io.UnsupportedOperation(), ValueError))

try:
    s.fileno()
except ValueError as e:
    print('caught as ValueError:', e)
try:
    s.detach()
except OSError as e:
    print('caught as OSError:', e)

s.close()
s.close()   # closing twice is fine
print('closed:', s.closed)
for name in ('read', 'readline', 'readlines', 'getvalue', 'tell',
             'truncate', 'readable', 'writable', 'seekable', 'isatty',
             '__iter__', '__next__', '__enter__', 'flush'):
    attempt(name, getattr(s, name))
attempt('seek', s.seek, 0)
attempt('write', s.write, 'x')
attempt('write int', s.write, 1)
attempt('writelines', s.writelines, ['x'])
attempt('newlines', lambda: s.newlines)
attempt('line_buffering', lambda: s.line_buffering)
attempt('encoding', lambda: s.encoding)
attempt('errors', lambda: s.errors)
try:
    with s:
        pass
except ValueError as e:
    print('with closed:', e)
try:
    for line in s:
        pass
except ValueError as e:
    print('for closed:', e)

# exceptions raised inside a with block still close the stream
buf = io.StringIO()
try:
    with buf as f:
        f.write('partial')
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e, buf.closed)
