# f-strings: the = specifier (self-documenting expressions)
x = 10
name = 'tiercel'
items = [1, 2]
print(f'{x=}')
print(f'{name=}')
print(f'{x + 1=}')
print(f'{x = }')
print(f'{x =}')
print(f'{x= }')
print(f'{items=} {len(items)=}')
print(f'{name=!s}')
print(f'{name=!r}')
print(f'{x=:5}|')
print(f'{x=:>5}|')
print(f'{3.14159=:.2f}')
print(f'{name.upper()=}')
print(f'{x * 2 + 1 = }')
pi = 3.14159

class C:
    def __repr__(self):
        return 'C()'

    def __str__(self):
        return 'c-str'

c = C()
print(f'{c=}')
print(f'{c=!s}')
print(f'{c=!s:>8}|')
print(f'{c=!r:>8}|')
print(f'{pi=:{6}.{2}}')
print(f'{None=} {True=}')
print(f'{"s"=}')
print(f'{ x = }')
