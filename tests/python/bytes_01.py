# bytes literals, escapes, indexing, slicing, len, iteration, in
b = b'hello'
print(b)
print(type(b).__name__, len(b))
print(b[0], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[:0], b[10:])
print(list(b))
for x in b'AZ':
    print(x, chr(x))
print(b'ell' in b, b'xyz' in b, 104 in b, 0 in b, b'' in b)

# escapes
e = b'\x00\x01\t\n\r\\\'"\x7f\x80\xff'
print(e)
print(len(e), list(e))
print(b"double 'quotes'", b'single "quotes"', b'both \' and "')
print(rb'\n raw', len(rb'\n'), br'\x41')
print(b'\101\102\103', b'\0')
print(b'a' b'b' b'c')

# repr chooses quotes like str
print(repr(b"it's"), repr(b'say "hi"'), repr(b'\'"'))

# index errors
try:
    b[5]
except IndexError as e:
    print('IndexError:', e)

# immutable
try:
    b[0] = 72
except TypeError as e:
    print('TypeError:', e)

# bytes(n), bytes(list), bytes(iterable), bytes(str, enc)
print(bytes(3), bytes(), bytes([65, 66, 67]), bytes(range(48, 52)))
print(bytes('héllo', 'utf-8'), bytes((1, 255)))
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([-1])
except ValueError as e:
    print('ValueError:', e)
