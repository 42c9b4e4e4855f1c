# f-strings: width, alignment, fill
s = 'abc'
print(f'[{s:10}]')
print(f'[{s:<10}]')
print(f'[{s:>10}]')
print(f'[{s:^10}]')
print(f'[{s:^9}]')
print(f'[{s:*<8}]')
print(f'[{s:->8}]')
print(f'[{s:.^11}]')
print(f'[{s:2}]')
print(f'[{"toolong":.3}]')
print(f'[{"toolong":>6.2}]')

n = 42
print(f'[{n:10}]')
print(f'[{n:<10}]')
print(f'[{n:^10}]')
print(f'[{n:*>10}]')
print(f'[{n:=10}]')
print(f'[{-n:=10}]')
print(f'[{-n:0=10}]')
print(f'[{-n:010}]')
print(f'[{n:05}]')

x = 3.14159
print(f'[{x:10}]')
print(f'[{x:<10}]')
print(f'[{x:^12.3f}]')
print(f'[{x:~>12.2f}]')

# table layout
rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('kiwi', 100, 1.125)]
print(f'{"name":<8}|{"qty":>5}|{"price":>8}')
print('-' * 23)
for name, qty, price in rows:
    print(f'{name:<8}|{qty:>5}|{price:>8.3f}')

# alignment of objects without __format__ specs uses str
print(f'[{None!s:>6}]')
print(f'[{True:>6}]')
print(f'[{[1, 2]!s:^10}]')
