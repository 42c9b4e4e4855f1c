# io.BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair over
# in-memory and custom raw streams
import io


class CountingRaw(io.RawIOBase):
    """A raw stream over bytes that counts the reads it is asked for."""
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.reads += 1
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


raw = CountingRaw(b'header\nbody line 1\nbody line 2\n')
br = io.BufferedReader(raw)
print(br.peek(6)[:6], br.read(7), br.readline(), list(br), raw.reads > 0)
print(br.read(), br.closed, br.readable(), br.writable())

br = io.BufferedReader(io.BytesIO(b'0123456789'), buffer_size=4)
print(br.read(3), br.peek()[:1], br.read1(10), br.tell())
print(br.seek(-3, 2), br.read(), br.seek(2), br.read(2), br.seek(1, 1), br.read())
buf = bytearray(4)
br.seek(0)
print(br.readinto(buf), buf)
br.close()
for bad in [lambda: br.read(), lambda: br.peek()]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

sink = io.BytesIO()
bw = io.BufferedWriter(sink, buffer_size=8)
print(bw.write(b'abc'), sink.getvalue(), bw.tell())
print(bw.write(b'defghi'), sink.getvalue())
print(bw.write(memoryview(b'0123456789')), sink.getvalue())
bw.flush()
print(sink.getvalue(), bw.writable(), bw.readable())
bw.seek(0)
bw.write(b'X')
bw.close()
print(sink.closed)
try:
    bw.write(b'late')
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.BufferedWriter(io.BytesIO()).write('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.BufferedReader(io.BytesIO(), buffer_size=0)
except ValueError as e:
    print(type(e).__name__, e)

store = io.BytesIO(b'hello world')
rnd = io.BufferedRandom(store)
print(rnd.read(5), rnd.write(b'_'), rnd.read(), rnd.tell())
rnd.seek(0)
print(rnd.read(), store.getvalue())

pair = io.BufferedRWPair(io.BytesIO(b'request'), reply := io.BytesIO())
print(pair.read(3), pair.peek()[:4], pair.write(b'response'))
pair.flush()
print(reply.getvalue(), pair.readable(), pair.writable())

# Text on top of a buffered reader on top of a raw stream.
text = io.TextIOWrapper(io.BufferedReader(CountingRaw('ünïcode\ntext\n'.encode())), encoding='utf-8')
print(text.readlines())
