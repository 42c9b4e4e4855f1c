# hex / fromhex, encode, repr of non-printable bytes
b = bytes([0, 15, 16, 127, 128, 255])
print(b.hex(), b.hex(':'), b.hex('-', 2))
print(bytes.fromhex('48 65 6c 6c 6f'), bytes.fromhex('deadBEEF'))
print(bytearray.fromhex('00ff'))
try:
    bytes.fromhex('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)

# str.encode
print('hello'.encode('utf-8'), 'héllo'.encode(), '€'.encode('utf-8'), len('€'.encode()))
print('日本'.encode('utf-8'))
print('abc'.encode('ascii'), 'é'.encode('latin-1'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('aéb'.encode('ascii', 'replace'), 'aéb'.encode('ascii', 'ignore'))
print('😀'.encode('utf-8'), '😀'.encode().decode())

# repr of all kinds of bytes
print(repr(bytes(range(0, 32))))
print(repr(bytes(range(32, 127))))
print(repr(bytes(range(120, 136))))
print(bytes([92, 39, 34]), bytes([39]), bytes([34]))
print(str(b'x\ty'), [b'\n'])

# ord/chr round trip through bytes
word = 'Tiercel'
codes = word.encode()
print(list(codes), bytes(c + 1 for c in codes))
