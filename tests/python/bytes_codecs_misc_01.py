print(repr(bytearray(b'a"b')), repr(bytearray(b"'\"")), repr(bytearray(b"'")), repr(b"'"))
for f in [lambda: '{}'.format_map({}), lambda: '{0}'.format_map({}), lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes(5, 'big'), lambda: float(b"x1")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(float(b'1.5'), float(bytearray(b' 2 ')), bytes.maketrans(b'abc', b'xyz')[97:100], bytearray.maketrans(b'a', b'b')[97])
print(b"abc".translate(bytes.maketrans(b"ab", b"AB")), int.from_bytes([1, 2], "big"))
print('é€'.encode('ascii', 'backslashreplace'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'x\U0001f600'.encode('latin-1', 'backslashreplace'))
print(b'\xc3a'.decode('utf-8', 'backslashreplace'), b'\xff'.decode('ascii', 'backslashreplace'))
