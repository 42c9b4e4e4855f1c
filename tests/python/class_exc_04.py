# User exceptions derived from built-in exception classes
class NegativeError(ValueError):
    pass

class MissingKey(KeyError):
    pass

class Halt(ArithmeticError):
    pass

def sqrt_int(n):
    if n < 0:
        raise NegativeError('negative: ' + str(n))
    r = 0
    while (r + 1) * (r + 1) <= n:
        r = r + 1
    return r

for n in [16, 17, -4]:
    try:
        print(sqrt_int(n))
    except ValueError as e:
        print('ValueError handler:', type(e).__name__, e)

try:
    raise MissingKey('k')
except KeyError as e:
    # KeyError's str is the repr of its single argument
    print(type(e).__name__, str(e), e.args)

try:
    raise Halt('stop', 1)
except ArithmeticError as e:
    print(type(e).__name__, str(e), e.args)

print(NegativeError.__mro__[1].__name__, issubclass(NegativeError, Exception))
names = []
for c in MissingKey.__mro__:
    names.append(c.__name__)
print(names)
print(isinstance(NegativeError('x'), ValueError))
