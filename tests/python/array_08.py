# array together with struct and io: shared binary data.
import io
import struct
from array import array

# struct reads from arrays like from bytes
words = array('H', [0x0102, 0x0304, 0xFFFF])
print(struct.unpack('<3H', words), struct.unpack('>3H', words))
print(struct.unpack_from('<I', words, 2), list(struct.iter_unpack('<H', words)))
print(struct.calcsize('3H') == len(words) * words.itemsize)

# struct writes into arrays in place
buf = array('b', [0] * 8)
struct.pack_into('<hh', buf, 2, -2, 300)
print(buf)
struct.pack_into('>q', buf, 0, 1)
print(buf)
try:
    struct.pack_into('<q', buf, 4, 1)
except struct.error as e:
    print('struct.error', e)
print(buf)

# BytesIO accepts arrays as data and reads into them
stream = io.BytesIO(array('i', [1, 2, 3]))
print(stream.getvalue().hex())
stream.write(array('h', [-1]))
print(stream.getvalue().hex(), stream.tell())
stream.seek(0)
target = array('i', [0, 0])
print(stream.readinto(target), target)
rest = array('B', [0] * 8)
print(stream.readinto(rest), rest)

# a structured record array: parallel typed columns packed into rows
ids = array('I', [7, 8, 9])
temps = array('f', [21.5, -3.25, 0.1])
row = struct.Struct('<If')
blob = b''.join(row.pack(i, t) for i, t in zip(ids, temps))
print(len(blob), blob.hex())
ids2, temps2 = array('I'), array('f')
for i, t in row.iter_unpack(blob):
    ids2.append(i)
    temps2.append(t)
print(ids2 == ids, temps2 == temps, temps2)

# frombytes on data produced by struct
nums = array('q')
nums.frombytes(struct.pack('=3q', -1, 0, 2 ** 62))
print(nums)
print(array('d', struct.pack('<2d', 0.5, -0.25)))
