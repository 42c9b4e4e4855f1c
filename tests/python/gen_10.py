# Generators: closures, default arguments, lazy evaluation order
def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen

double = make_gen(2)
triple = make_gen(3)
print(list(double(4)), list(triple(4)))

# interleaved evaluation shows laziness
def producer(name, n):
    for i in range(n):
        print('  produce', name, i)
        yield i

def consumer(it):
    for x in it:
        print('  consume', x)

consumer(producer('p', 3))

# genexp variables capture at the time they run
items = [1, 2, 3]
g = (x + 1 for x in items)
items.append(4)
print(list(g))

# a generator that mutates its input as it goes
def windows(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(windows(range(6), 3)))

# a generator of generators
def rows(n):
    for r in range(n):
        yield (r * n + c for c in range(n))

print([list(row) for row in rows(3)])

# grouping consecutive equal elements
def group_runs(seq):
    it = iter(seq)
    try:
        current = next(it)
    except StopIteration:
        return
    count = 1
    for x in it:
        if x == current:
            count += 1
        else:
            yield current, count
            current, count = x, 1
    yield current, count

print(list(group_runs('aaabccdddd')))
print(list(group_runs('')))
print(''.join(c + str(n) for c, n in group_runs('zzzyx')))
