# strip, lstrip, rstrip with and without chars
s = '   padded text \t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = 'xxyhelloyxx'
print(t.strip('xy'), t.lstrip('x'), t.rstrip('xy'), t.strip('z'))
print('www.example.com'.strip('cmowz.'))
print(repr(''.strip()), repr('   '.strip()), repr('abc'.strip('abc')))
print('--==--title--==--'.strip('-='))
print('  a  b  '.strip(), '\n\nx\n'.rstrip('\n'))
print('0001000'.lstrip('0'), '0001000'.rstrip('0'), '0001000'.strip('0'))
print('日本日本語日'.strip('日'))
print(repr('abc'.strip('')), repr(' abc '.strip(None)))
