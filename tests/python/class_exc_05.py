# Custom __str__, raising an exception class, re-raising, and __context__
class Detailed(Exception):
    def __init__(self, code, detail):
        super().__init__(code)
        self.code = code
        self.detail = detail

    def __str__(self):
        return '[' + str(self.code) + '] ' + self.detail

try:
    raise Detailed(3, 'disk full')
except Detailed as e:
    print(e)
    print(str(e), e.args)
    print(repr(e))

class Retry(Exception):
    pass

def attempt(n):
    if n < 3:
        raise Retry('attempt ' + str(n))
    return 'succeeded at ' + str(n)

n = 0
while True:
    try:
        print(attempt(n))
        break
    except Retry as e:
        print('retrying after', e)
        n = n + 1

def reraise():
    try:
        raise Retry('inner')
    except Retry:
        print('logging and re-raising')
        raise

try:
    reraise()
except Retry as e:
    print('outer caught', e)

class Wrapped(Exception):
    pass

try:
    try:
        {}['key']
    except KeyError:
        raise Wrapped('wrapped')
except Wrapped as e:
    print(e, type(e.__context__).__name__, e.__context__)
    print(e.__cause__)

try:
    try:
        raise Retry('root')
    except Retry as inner:
        raise Wrapped('from') from inner
except Wrapped as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
