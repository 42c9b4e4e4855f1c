# str methods (part 2) and list methods
print('abc'.isidentifier(), '_x1'.isidentifier(), '1x'.isidentifier(), 'if'.isidentifier(), ''.isidentifier())
print('abc'.isprintable(), 'a\tb'.isprintable(), ''.isprintable(), 'é'.isprintable())
table = str.maketrans('abc', 'xyz')
print('aabbcc-d'.translate(table))
print('hello'.translate(str.maketrans('', '', 'l')))
print('hello'.translate(str.maketrans({'h': 'J', 'o': None, 'e': '3'})))
print('abc'.translate({97: 'A', 98: 66}))
print(str.maketrans('ab', 'cd') == {97: 99, 98: 100})
try:
    str.maketrans('abc', 'x')
except ValueError as e:
    print('ValueError:', e)
print('prefix_name'.removeprefix('prefix_'), 'name.txt'.removesuffix('.txt'), 'abc'.removeprefix('x'))

# list methods
lst = [3, 1, 4, 1, 5]
lst.insert(0, 9)
lst.insert(100, 7)
lst.insert(-1, 6)
print(lst)
lst.remove(1)
print(lst)
try:
    lst.remove(42)
except ValueError as e:
    print('ValueError:', e)
print(lst.index(1), lst.index(5, 2), lst.index(4, 0, 3))
try:
    lst.index(9, 1)
except ValueError as e:
    print('ValueError:', e)
print(lst.count(1), lst.count(99))
cp = lst.copy()
cp.append('new')
print(lst, cp, cp is lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
names = ['bob', 'Al', 'carol', 'Dee']
names.sort(key=str.lower)
print(names)
names.sort(key=len, reverse=True)
print(names)
print(names.sort())
names.clear()
print(names, len(names))
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
