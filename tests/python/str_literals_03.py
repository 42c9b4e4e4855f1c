# Non-ASCII text: length, indexing, iteration
s = 'héllo wörld'
print(s, len(s), s[1], s[-4], s.upper())
j = '日本語テキスト'
print(j, len(j), j[0], j[-1], j[2:4], j[::-1])
for ch in 'añ日':
    print(ch, ord(ch), repr(ch))
print(chr(233), chr(26085), chr(0x1F600) == '\U0001F600')
mixed = 'abc' + 'é' + '日' + 'z'
print(mixed, len(mixed), mixed.find('日'), mixed.index('z'))
print('É'.lower(), 'é'.upper(), 'straße'.upper(), 'ǅ'.lower())
print('日本' * 3, '日本' in '日本語', '語' not in '日本')
print(sorted('日本語abcé'))
print('naïve café'.split(' '), 'naïve café'.title())
