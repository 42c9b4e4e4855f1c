# struct: the Struct class, pack_into, unpack_from and iter_unpack.
import struct

point = struct.Struct('<hhi')
print(point.format, point.size)
data = point.pack(1, -2, 300)
print(data.hex(), point.unpack(data))
print(struct.Struct(b'>I').format, struct.Struct(format='>I').size)

# pack_into a bytearray at various offsets
buf = bytearray(16)
point.pack_into(buf, 0, 1, 2, 3)
point.pack_into(buf, 8, -1, -1, -1)
print(buf.hex())
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf.hex())
view = memoryview(buf)
struct.pack_into('<b', view, 6, 99)
print(buf.hex())

# unpack_from with offsets, including negative ones
print(point.unpack_from(buf), point.unpack_from(buf, 8),
      point.unpack_from(buf, offset=8), struct.unpack_from('>H', buf, -2))
print(struct.unpack_from('<b', b'abc', 1), struct.unpack_from('<2s', bytearray(b'hello'), 3))


def attempt(func, *args):
    try:
        return func(*args)
    except (struct.error, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)


print(attempt(point.unpack_from, buf, 9))
print(attempt(point.unpack_from, buf, 20))
print(attempt(point.unpack_from, buf, -4))
print(attempt(point.unpack_from, buf, -17))
print(attempt(point.unpack, buf))
print(attempt(point.unpack, b'short'))
print(attempt(point.unpack, 'text'))
print(attempt(point.pack_into, buf, 10, 1, 2, 3))
print(attempt(point.pack_into, buf, -20, 1, 2, 3))
print(attempt(point.pack_into, buf, -4, 1, 2, 3))
print(attempt(point.pack_into, bytes(16), 0, 1, 2, 3))
print(attempt(point.pack_into, buf, 'x', 1, 2, 3))
print(attempt(point.pack_into, buf, 0, 1, 2))
print(attempt(point.pack_into, buf))
print(attempt(point.pack_into, buf, 0, 1, 2, 'three'))
print(buf.hex())  # the items before the bad one were written

# iter_unpack walks consecutive records
pairs = struct.pack('<4h', 1, 2, 3, 4)
it = struct.iter_unpack('<hh', pairs)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it),
      it.__length_hint__())
print([x for x, in struct.iter_unpack('>H', bytes(range(6)))])
print(attempt(struct.iter_unpack, '<hh', b'abc'))
print(attempt(struct.iter_unpack, '', b''))
print(attempt(struct.iter_unpack, '3x', b'abcdef') is not None)
print(list(struct.iter_unpack('3x', b'abcdef')))

# the module cache does not change results
for _ in range(3):
    print(struct.calcsize('<q'), struct.pack('<q', 1).hex(), end=' ')
print()
struct._clearcache()
print(struct.calcsize('<qh'))
print(sorted(struct.__all__))
