# ord and chr
for ch in ['a', 'A', 'z', '0', ' ', '\n', '~', 'é', '日', '\U0001F600', '\x00', '\x7f']:
    print(repr(ch), ord(ch))
for n in [65, 97, 48, 32, 10, 233, 26085, 128512, 0, 955]:
    print(n, repr(chr(n)))
print(chr(ord('a') + 1), chr(ord('Z') - 25))
alpha = ''
for i in range(26):
    alpha += chr(ord('a') + i)
print(alpha, len(alpha))
codes = []
for ch in 'Hello':
    codes.append(ord(ch))
print(codes, sum(codes))
back = ''
for c in codes:
    back += chr(c)
print(back)
print(ord(chr(1114111)) == 1114111)
