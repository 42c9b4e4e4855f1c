# StringIO newline handling: None, '', '\n', '\r', '\r\n'.
import io

SAMPLE = 'one\r\ntwo\rthree\nfour'

for newline in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO(SAMPLE, newline=newline)
    print('newline=%r' % (newline,))
    print('  value   ', repr(s.getvalue()))
    print('  newlines', repr(s.newlines))
    print('  lines   ', s.readlines())
    s.seek(0, io.SEEK_END)
    s.write('\nend\r\n')
    print('  after   ', repr(s.getvalue()))
    s.seek(0)
    print('  iter    ', [line for line in s])
    s.seek(0)
    print('  limited ', [s.readline(2) for _ in range(4)])

# The newlines attribute accumulates the kinds of endings written.
s = io.StringIO(newline=None)
print(repr(s.newlines))
s.write('a\n')
print(repr(s.newlines))
s.write('b\r\n')
print(repr(s.newlines))
s.write('c\r')
print(repr(s.newlines), repr(s.getvalue()))

# Each write is translated on its own: a '\r' then '\n' in two writes
# gives two line ends with newline=None.
s = io.StringIO(newline=None)
s.write('x\r')
s.write('\ny')
print(repr(s.getvalue()), s.newlines)

s = io.StringIO(newline='')
s.write('x\r')
s.write('\ny\r')
print(repr(s.getvalue()), s.newlines)
s.seek(0)
print(s.readlines())

# newline='\r' turns written '\n' into '\r' and splits lines on '\r'
s = io.StringIO(newline='\r')
s.write('a\nb\nc')
s.seek(0)
print(repr(s.getvalue()), s.readlines(), s.newlines)

# readline with a limit that cuts a '\r\n' in two
s = io.StringIO('ab\r\ncd', newline='')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))
s = io.StringIO('ab\r\ncd', newline='\r\n')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))

# readlines with a size hint
s = io.StringIO('aa\nbb\ncc\ndd\n')
print(s.readlines(1))
print(s.readlines(3))
print(s.readlines(0))
print(s.readlines())

# bad newline arguments
for bad in ('x', '\n\n', 5, b'\n'):
    try:
        io.StringIO('', newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
