# int.to_bytes / int.from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((255).to_bytes(1, 'big'), (0).to_bytes(3, 'big'), (1).to_bytes(4, byteorder='little'))
print((-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True))
print((2**64 - 1).to_bytes(8, 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (128).to_bytes(1, 'big', signed=True)
except OverflowError as e:
    print('OverflowError:', e)

print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 0], 'big'), int.from_bytes(bytearray(b'\x01'), 'little'))
print(int.from_bytes(b'\x80' + bytes(15), 'big'))
print(int.from_bytes(b'\x00\x80', 'little', signed=True))

# round trips
for n in [0, 1, 127, 128, 255, 256, 65535, 123456789]:
    k = (n.bit_length() + 7) // 8 or 1
    bs = n.to_bytes(k, 'big')
    print(n, k, bs.hex(), int.from_bytes(bs, 'big') == n)
for n in [-1, -128, -129, 127, -32768]:
    bs = n.to_bytes(2, 'little', signed=True)
    print(n, bs, int.from_bytes(bs, 'little', signed=True))

try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError:', e)
