# __exit__ returning a true value suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('  exit: no exception')
            return False
        print('  exit:', exc_type.__name__, exc)
        return issubclass(exc_type, self.types)

with Suppress(ValueError):
    print('before')
    int('zz')
    print('not reached')
print('continued after suppressed ValueError')

with Suppress(ValueError):
    print('clean body')

try:
    with Suppress(ValueError):
        {}['missing']
except KeyError as e:
    print('KeyError propagated:', e)

with Suppress(ArithmeticError, LookupError):
    [][1]
print('IndexError suppressed via LookupError')

# any truthy value suppresses
class Truthy:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return 'yes'

with Truthy():
    raise RuntimeError('gone')
print('truthy return suppressed')

# a falsy non-bool does not
class Falsy:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return 0

try:
    with Falsy():
        raise RuntimeError('kept')
except RuntimeError as e:
    print('propagated:', e)

# code after the with statement still runs in a function
def f():
    with Suppress(ZeroDivisionError):
        x = 1 / 0
        return 'from body'
    return 'after with'

print(f())
