# startswith, endswith, partition, splitlines
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.endswith('.gz'), s.endswith('.tar'))
print(s.startswith(('x', 'fi')), s.endswith(('.zip', '.gz')), s.startswith('name', 4))
print(s.startswith(''), ''.startswith(''), ''.endswith('a'))
print(s.partition('.'), s.partition('|'), s.partition('.tar'))
print('key=value=more'.partition('='))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
text = 'first\nsecond\r\nthird\rfourth\n\nsixth\n'
print(text.splitlines())
print('no newline'.splitlines(), ''.splitlines(), '\n'.splitlines())
for i, line in enumerate('a\nbb\nccc'.splitlines()):
    print(i, line, len(line))
