# bytearray: mutation, append, extend, index assignment
ba = bytearray(b'hello')
print(ba, type(ba).__name__, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b' ok')
ba.extend([65, 66])
print(ba)
ba[1:3] = b'EE'
print(ba)
ba[0:1] = b'JJJ'
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(33)
print(ba)
ba.reverse()
print(ba)
print(ba[0], ba[1:4], type(ba[1:4]).__name__)
ba += b'++'
print(ba)
print(ba * 2, bytearray(3), bytearray([1, 2]), bytearray())
ba.clear()
print(ba, len(ba))

# value range checks
b2 = bytearray(b'ab')
try:
    b2[0] = 256
except ValueError as e:
    print('ValueError:', e)
try:
    b2.append(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    b2[0] = b'x'
except TypeError as e:
    print('TypeError:', e)
try:
    b2.remove(120)
except ValueError as e:
    print('ValueError:', e)

# bytearray methods return bytearray
print(bytearray(b'a b').split(), bytearray(b'abc').upper(), bytearray(b'x').decode())
# conversions
print(bytes(bytearray(b'conv')), bytearray(b'conv') == b'conv')
c = bytearray(b'copy')
d = c.copy()
d[0] = 67
print(c, d)
