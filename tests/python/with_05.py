# return / break / continue inside with: __exit__ still runs
class Log:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  enter', self.name)
        return self

    def __exit__(self, t, v, tb):
        print('  exit', self.name, t)
        return False

def early_return(x):
    with Log('ret'):
        if x:
            return 'returned early'
        print('  not early')
    return 'returned late'

print(early_return(True))
print(early_return(False))

for i in range(5):
    with Log('loop ' + str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        print('  body', i)
print('loop done')

# the return value is computed before __exit__ runs
class Counter:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.n += 100

c = Counter()

def get():
    with c:
        c.n += 1
        return c.n

print(get(), c.n)

# generator with a with block: exit runs when the generator is closed
def gen():
    with Log('gen'):
        yield 1
        yield 2

g = gen()
print(next(g))
g.close()
print('closed')
