# Generators: send() and the value of a yield expression
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            print('got None')
            continue
        total += x

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))

# send to a just-started generator must be None
def echo():
    received = yield 'ready'
    while True:
        received = yield 'echo:' + str(received)

e = echo()
try:
    e.send('too early')
except TypeError as ex:
    print('TypeError:', ex)
print(e.send(None))
print(e.send('a'))
print(e.send(42))

# a running average coroutine
def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print('avg', a.send(v))

# send after the generator finishes
def once():
    x = yield 1
    print('once got', x)

o = once()
next(o)
try:
    o.send('last')
except StopIteration as ex:
    print('StopIteration', ex.value)
