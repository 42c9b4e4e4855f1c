# Lambda default arguments, keyword arguments and late binding
greet = lambda name, greeting='Hello': greeting + ' ' + name
print(greet('Ann'), greet('Bob', 'Hi'), greet(greeting='Yo', name='Cy'))

power = lambda base, exp=2, mod=None: base ** exp if mod is None else (base ** exp) % mod
print(power(3), power(2, 10), power(2, 10, 1000), power(base=5, mod=7))

# lambdas in a loop all see the final value of the loop variable
late = []
for i in range(3):
    late.append(lambda: i)
out = []
for f in late:
    out.append(f())
print(out)

# a default argument captures the current value
early = []
for i in range(3):
    early.append(lambda i=i: i)
out = []
for f in early:
    out.append(f())
print(out)
print(early[0](99))

# defaults are evaluated once, when the lambda is created
base = 10
add_base = lambda x, b=base: x + b
base = 1000
print(add_base(1), add_base(1, base))

try:
    greet()
except TypeError as e:
    print('TypeError:', e)
