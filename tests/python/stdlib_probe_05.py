# io.TextIOWrapper reading text from binary buffers: decoding, universal
# newlines, the other newline modes, readline limits and chunk boundaries
import io

raw = 'naïve café\r\nsecond line\rthird\nlast'.encode('utf-8')
w = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8')
print(w.encoding, w.errors, w.line_buffering, w.newlines)
for line in w:
    print(repr(line))
print(w.newlines)

for newline in (None, '', '\n', '\r', '\r\n'):
    t = io.TextIOWrapper(io.BytesIO(b'a\rb\r\nc\nd'), newline=newline)
    print(repr(newline), t.readlines())

t = io.TextIOWrapper(io.BytesIO(b'one\r\ntwo\r\nthree'))
print(repr(t.read(4)), repr(t.read(2)), repr(t.readline()), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'abcdefgh\n'))
print(repr(t.readline(3)), repr(t.readline(0)), repr(t.readline(-1)), repr(t.readline()))
try:
    t.readline(None)
except TypeError as e:
    print(type(e).__name__, e)

# A multi-byte character and a "\r\n" pair split across the 8 KiB chunks.
body = 'x' * 8191 + 'é' + '\r\n' + 'y' * 8190 + '\r\nend'
t = io.TextIOWrapper(io.BytesIO(body.encode('utf-8')))
print([len(line) for line in t])
t = io.TextIOWrapper(io.BytesIO(body.encode('utf-8')))
print(len(t.read()), t.read() == '')

print(io.TextIOWrapper(io.BytesIO('hé'.encode('latin-1')), encoding='latin-1').read())
print(io.TextIOWrapper(io.BytesIO('hé'.encode('utf-16')), encoding='utf-16').read())
print(io.TextIOWrapper(io.BytesIO(b'ok\xffok'), errors='replace').read())
try:
    io.TextIOWrapper(io.BytesIO(b'ok\xffok')).read()
except UnicodeDecodeError as e:
    print(type(e).__name__)

# A CSV-like parse of bytes that arrived over the "network".
payload = b'name,qty\r\nbolt,10\r\nnut,25\r\n'
stream = io.TextIOWrapper(io.BytesIO(payload), encoding='ascii', newline=None)
header = stream.readline().rstrip('\n').split(',')
rows = [dict(zip(header, line.rstrip('\n').split(','))) for line in stream]
print(header, rows, sum(int(r['qty']) for r in rows))

# Positions: tell() after whole lines, seek() back to one.
t = io.TextIOWrapper(io.BytesIO(b'alpha\nbeta\ngamma\n'))
t.readline()
mark = t.tell()
print(mark, repr(t.readline()), repr(t.readline()))
t.seek(mark)
print(repr(t.readline()), t.seek(0, 2), repr(t.read()))
for bad in [lambda: t.seek(1, 1), lambda: t.seek(-1, 2), lambda: t.seek(-5), lambda: t.seek(0, 7)]:
    try:
        bad()
    except (ValueError, io.UnsupportedOperation) as e:
        print(type(e).__name__, e)
