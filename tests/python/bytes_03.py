# bytes methods
s = b'  Hello, World!  '
print(s.strip(), s.lstrip(), s.rstrip())
print(b'xxhixx'.strip(b'x'))
print(s.upper(), s.lower())
print(b'a,b,,c'.split(b','), b'a b  c'.split(), b'a,b,c'.split(b',', 1))
print(b'a,b,c'.rsplit(b',', 1))
print(b'-'.join([b'x', b'y', b'z']), b''.join([]))
print(b'one two one'.replace(b'one', b'1'), b'aaa'.replace(b'a', b'b', 2))
print(b'prefix-body'.startswith(b'prefix'), b'file.txt'.endswith((b'.py', b'.txt')))
print(b'banana'.find(b'an'), b'banana'.rfind(b'an'), b'banana'.find(b'x'))
print(b'banana'.find(110), b'banana'.count(b'a'), b'banana'.count(b'an'))
print(b'hello'.capitalize(), b'Hello World'.swapcase(), b'hello world'.title())
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b'  '.isspace(), b'ABC'.isupper())
print(b'ab'.center(6, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4), b'42'.zfill(5))
print(b'key=value'.partition(b'='), b'a.b.c'.rpartition(b'.'))
print(b'line1\nline2\r\nline3'.splitlines(), b'x\ny\n'.splitlines(True))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))

# join with non-bytes fails
try:
    b','.join([b'a', 'b'])
except TypeError as e:
    print('TypeError:', e)

# decode
print(b'caf\xc3\xa9'.decode('utf-8'), b'abc'.decode(), b'caf\xe9'.decode('latin-1'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(b'abc'.decode('ascii'))
