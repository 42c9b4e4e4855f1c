# TypeError: object is not iterable
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

print(total([1, 2, 3]))
print(total(range(5)))
print(total((1.5, 2.5)))
print(total(42))
