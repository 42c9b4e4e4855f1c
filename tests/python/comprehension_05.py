# Comprehensions inside functions capture locals and parameters
def scaled(values, factor):
    offset = 1
    return [v * factor + offset for v in values]

print(scaled([1, 2, 3], 10))

def pairs_under(limit):
    return [(a, b) for a in range(limit) for b in range(limit) if a + b == limit - 1]

print(pairs_under(4))

def index_of(words):
    table = {w: i for i, w in enumerate(words)}
    lookup = ['car', 'zzz', 'bus']
    return [table.get(w, -1) for w in lookup]

print(index_of(['bus', 'car', 'van']))

# the loop variable does not leak out of the comprehension
x = 'outer x'
squares = [x * x for x in range(4)]
print(squares, x)

def no_leak():
    vals = [i for i in range(3)]
    try:
        return vals, i
    except NameError as e:
        return vals, 'NameError: ' + str(e)

print(no_leak())

# comprehension inside a method using self
class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def at(self, xs):
        return [sum([c * x ** k for k, c in enumerate(self.coeffs)]) for x in xs]

print(Poly([1, 0, 2]).at([0, 1, 2, 3]))

# a nonlocal variable is visible inside the comprehension
def counter_list(n):
    step = 0
    def bump():
        nonlocal step
        step = step + 1
        return [step * k for k in range(n)]
    return bump

b = counter_list(3)
print(b(), b())
