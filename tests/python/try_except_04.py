# raise and re-raise
def check(n):
    if n < 0:
        raise ValueError('negative: ' + str(n))
    if n > 100:
        raise OverflowError('too big')
    return n

for n in [5, -3, 500]:
    try:
        print(check(n))
    except ValueError as e:
        print('ValueError', e.args)
    except ArithmeticError as e:
        print('ArithmeticError', e)

def wrapper():
    try:
        check(-1)
    except ValueError:
        print('logging and re-raising')
        raise

try:
    wrapper()
except ValueError as e:
    print('re-raised:', e)

try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(e, e.args)
try:
    raise Exception('multi', 2, 3.5)
except Exception as e:
    print(e, repr(e))
try:
    raise AssertionError()
except AssertionError as e:
    print(repr(e))
e = RuntimeError('standalone')
print(e, repr(e), e.args, isinstance(e, Exception))
