# nonlocal: counters and accumulators
def make_counter():
    count = 0

    def inc():
        nonlocal count
        count = count + 1
        return count

    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())

def make_acc(total):
    def add(x):
        nonlocal total
        total += x
        return total
    return add

acc = make_acc(100)
print(acc(1), acc(10), acc(-50))

# nonlocal through two levels
def outer():
    n = 0

    def middle():
        def inner():
            nonlocal n
            n = n + 5
        inner()
        inner()
        return n

    first = middle()
    return first, n

print(outer())

# nonlocal binds the nearest enclosing function scope
def nearest():
    x = 'outer'

    def mid():
        x = 'mid'

        def inner():
            nonlocal x
            x = 'changed by inner'

        inner()
        return x

    return mid(), x

print(nearest())
