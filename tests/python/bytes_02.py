# bytes concatenation, repetition, comparison, hashing, bool
a = b'ab'
b = b'cd'
print(a + b, a * 3, 2 * b, a * 0, a * -1)
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc')
print(b'' < b'\x00', b'\xff' > b'\x7f')
print(b'abc' == 'abc', b'a' == 97)
print(bytes(b'x') == bytearray(b'x'), bytearray(b'a') < b'b')
print(bool(b''), bool(b'\x00'))
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' + b'b'
except TypeError as e:
    print('TypeError:', e)
try:
    b'a' < 'b'
except TypeError as e:
    print('TypeError:', e)

# hashing: bytes can be dict keys, bytearray cannot
d = {b'one': 1, b'two': 2}
d[b'one'] += 10
print(d, d[b'two'], b'three' in d)
print(hash(b'abc') == hash(b'abc'))
print(hash(b'abc') == hash(bytes([97, 98, 99])))
try:
    {bytearray(b'x'): 1}
except TypeError as e:
    print('TypeError:', e)

# sorting bytes
print(sorted([b'b', b'a', b'ab', b'', b'B']))
print(max(b'hello'), min(b'hello'), sum(b'\x01\x02\x03'))

# bytes of bytes / copies
x = b'same'
print(bytes(x) is x, bytes(x) == x)
print(x.count(b's'), x.index(b'm'))
try:
    x.index(b'z')
except ValueError as e:
    print('ValueError:', e)
