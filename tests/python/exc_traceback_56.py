# ValueError from chr() with an out-of-range code point
print(chr(65), chr(0x10FFFF) == '\U0010ffff')
print(int('zz', 36))
for n in [97, 233, 26085]:
    print(n, chr(n), ord(chr(n)) == n)
print(chr(0), repr(chr(0)), chr(1114111) > chr(65))
code = 5
code -= 6
print('chr of', code)
print(chr(code))
