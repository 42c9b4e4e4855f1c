# f-strings: basic expressions
name = 'Ada'
age = 36
print(f'{name} is {age} years old')
print(f"{name!r} has {len(name)} letters")
print(f'{age + 4} in four years, {age * 2} doubled')
print(f'{name.upper()} {name[0]} {name[::-1]}')
items = [1, 2, 3]
d = {'k': 'v', 'n': 5}
print(f'{items} {items[1]} {d["k"]} {d["n"] + 1}')
print(f'{"nested quotes"} {len("abc")}')
print(f'{3 > 2} {None} {1.5} {-7}')
print(f'{"yes" if age > 18 else "no"}')
print(f'{[x * x for x in items]}')
print(f'{ {"a": 1}["a"] }')
print(f'{{literal braces}} {{{age}}}')
print(f'')
print(f'no fields')
print(F'capital F {age}')
print(f'{name}' f'{age}' 'plain' f'{name}')
print(rf'raw \n {name}')
print(f'tab\there {name}')
print(f'{(lambda x: x * 10)(4)}')

# multi-line f-string
msg = (f'line one {name}\n'
       f'line two {age}')
print(msg)
print(f'''triple {name}
quoted {age}''')

# objects with __str__
class P:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return 'P<' + str(self.x) + '>'

    def __repr__(self):
        return 'P(' + repr(self.x) + ')'

p = P('z')
print(f'{p} {p!r} {[p]}')
print(f'{p.x * 3}')

# f-string inside a function using locals and globals
def greet(greeting):
    return f'{greeting}, {name}! ({age})'

print(greet('Hi'))
