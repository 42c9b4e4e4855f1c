# Generators: close() and finally, GeneratorExit
def worker(name):
    print(name, 'start')
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print(name, 'cleanup')

w = worker('w1')
print(next(w), next(w))
w.close()
print('closed')
print(next(w, 'exhausted'))
w.close()   # closing again is fine
print('closed twice')

# close before start: body never runs, no cleanup
w2 = worker('w2')
w2.close()
print('w2 closed before start')

# catching GeneratorExit
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('saw GeneratorExit')
        raise

c = catcher()
next(c)
c.close()

# yielding in response to GeneratorExit is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)

# returning normally from GeneratorExit is fine
def quiet():
    try:
        yield 1
    except GeneratorExit:
        print('quiet exit')
        return

q = quiet()
next(q)
q.close()
print('done')
