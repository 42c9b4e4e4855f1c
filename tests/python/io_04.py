# BytesIO as an in-memory binary file: records, lines, readinto, getbuffer.
import io
import struct

# write fixed-size records, then read them back
RECORD = struct.Struct('<HIf')
out = io.BytesIO()
for i, (ident, count, weight) in enumerate([(1, 100, 0.5), (2, 70000, 1.25),
                                            (65535, 0, -3.0)]):
    n = out.write(RECORD.pack(ident, count, weight))
    print('record', i, 'wrote', n, 'bytes, now at', out.tell())
data = out.getvalue()
print(len(data), data.hex())

inp = io.BytesIO(data)
while True:
    chunk = inp.read(RECORD.size)
    if not chunk:
        break
    print(RECORD.unpack(chunk))
print('eof read:', inp.read(), inp.read(5), inp.tell())

# lines of bytes
log = io.BytesIO(b'GET /index.html\r\nHost: example\r\n\r\nbody\nmore')
print(log.readline())
print(log.readline(4), log.readline())
print(log.readlines())
log.seek(0)
print([line.rstrip(b'\r\n') for line in log])
log.seek(0)
print(log.readlines(20))
log.seek(0)
print(log.read1(3), log.read1(), log.read1())

# readinto a pre-allocated buffer
src = io.BytesIO(b'0123456789')
buf = bytearray(4)
print(src.readinto(buf), buf)
view = memoryview(buf)
print(src.readinto(view[1:3]), buf)
print(src.readinto(bytearray(10)), src.readinto(bytearray(3)), src.tell())
src.seek(8)
small = bytearray(b'....')
print(src.readinto(small), small)

# accepted input types
print(io.BytesIO(bytearray(b'ba')).read(), io.BytesIO(memoryview(b'mv')).read(),
      io.BytesIO().getvalue(), io.BytesIO(None).getvalue())
w = io.BytesIO()
print(w.write(b'ab'), w.write(bytearray(b'cd')), w.write(memoryview(b'ef')),
      w.write(b''), w.writelines([b'g', bytearray(b'h')]), w.getvalue())

# getbuffer gives a writable view of the contents
b = io.BytesIO(b'abcdef')
view = b.getbuffer()
print(len(view), bytes(view[2:4]))
view[0] = ord('A')
view[1:3] = b'BC'
print(b.getvalue())
del view

# seek relative to the current position and to the end
b.seek(-2, io.SEEK_END)
print(b.read())
b.seek(-4, io.SEEK_CUR)
print(b.tell(), b.read(2))
print(b.seek(-100, io.SEEK_CUR), b.seek(3), b.seek(0, 2))

# writing past the end fills the gap with zero bytes
b.seek(10)
b.write(b'!')
print(b.getvalue(), b.tell())
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(0)
print(b.truncate(), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
