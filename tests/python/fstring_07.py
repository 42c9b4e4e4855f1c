# f-strings and str.format with __format__ on user classes
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == '':
            return '$' + str(amount)
        if spec == 'words':
            return str(self.cents // 100) + ' dollars and ' + str(self.cents % 100) + ' cents'
        return '$' + format(amount, spec)

    def __str__(self):
        return 'Money(' + str(self.cents) + ')'

m = Money(12345)
print(f'{m}')
print(f'{m:words}')
print(f'{m:.2f}')
print(f'{m:>12,.1f}')
print(f'{m!s}')
print(f'{m!s:>15}')
print(format(m))
print(format(m, '.0f'))
print('{}'.format(m), '{:words}'.format(m), '{0!s}'.format(m))

# __format__ is looked up on the type; default object.__format__ uses str
class Plain:
    def __str__(self):
        return 'plain!'

print(f'{Plain()}')
print(format(Plain(), ''))
try:
    f'{Plain():>10}'
except TypeError as e:
    print('TypeError:', e)

# __format__ must return a str
class Bad:
    def __format__(self, spec):
        return 42

try:
    f'{Bad()}'
except TypeError as e:
    print('TypeError:', e)

# __format__ receives nested-spec results as one string
class Echo:
    def __format__(self, spec):
        return '<' + spec + '>'

w = 7
print(f'{Echo():{w}d}|{Echo():x{w}y}|{Echo()}')
print('{:abc}'.format(Echo()))

# subclasses of builtins keep the builtin __format__
class MyInt(int):
    pass

class MyStr(str):
    pass

print(f'{MyInt(255):#x} {MyStr("ab"):>4}')
