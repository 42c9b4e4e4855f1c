# f-strings: nested format specs and computed widths
w = 10
p = 3
x = 3.14159265
print(f'[{x:{w}}]')
print(f'[{x:{w}.{p}f}]')
print(f'[{x:>{w}.{p}}]')
print(f'[{"hi":{"^"}{w}}]')
fill = '#'
align = '>'
print(f'[{"hi":{fill}{align}{w}}]')
spec = '+.2e'
print(f'[{x:{spec}}]')

for width in range(1, 6):
    print(f'[{"*" * width:>{5}}] [{width:0{width}}]')

# right-justified numbers in a computed column
data = [3, 141, 59, 26535]
col = max(len(str(v)) for v in data)
for v in data:
    print(f'|{v:>{col}}|{v:<{col + 2}}|')

# nested f-strings
inner = 'in'
print(f'{f"[{inner}]":>8}')
print(f'{"-".join(f"{i:02}" for i in range(4))}')
print(f"{', '.join(f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items())}")

# a format spec taken from a variable that is itself built with an f-string
for prec in range(4):
    spec = f'.{prec}f'
    print(f'{x:{spec}}')
