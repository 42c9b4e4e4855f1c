# __call__: instances that behave like functions
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls = self.calls + 1
        return (x + self.n) * scale

add5 = Adder(5)
print(add5(1), add5(10, 2), add5(x=0, scale=3))
print(add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print))

def apply_all(funcs, value):
    out = []
    for f in funcs:
        out.append(f(value))
    return out

print(apply_all([Adder(1), Adder(100), abs, str], -7))

class Plain:
    pass

print(callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print('TypeError:', e)

try:
    add5()
except TypeError as e:
    print('TypeError:', e)

# a class is callable, and calling it makes an instance
class Factory:
    def __call__(self):
        return Factory()

f = Factory()
g = f()
print(type(g).__name__, g is f)
