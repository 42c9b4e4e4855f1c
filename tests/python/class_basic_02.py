# Bound methods and calling methods through the class
class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self, by=1):
        self.n = self.n + by
        return self.n

    def get(self):
        return self.n

c = Counter(10)
m = c.inc
print(m())
print(m(5))
print(m(by=2))
print(c.n)

# calling through the class passes the instance explicitly
print(Counter.inc(c))
print(Counter.inc(c, 100))
print(Counter.get(c))

# a bound method remembers its instance
d = Counter(0)
methods = [c.get, d.get, d.inc]
results = []
for f in methods:
    results.append(f())
print(results)
print(methods[2](), d.get())
print(m.__self__ is c, methods[2].__self__ is d)
print(m.__func__ is Counter.inc)
print(m.__name__, m.__qualname__)

# bound methods compare equal when same function and instance
print(c.inc == c.inc, c.inc == d.inc, c.get == c.inc)

# the plain function from the class is just a function
f = Counter.get
print(f(d), type(f).__name__, type(m).__name__)
