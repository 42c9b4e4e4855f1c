def inner():
    try:
        yield 1
    except KeyError:
        return "inner returned"
    yield 2
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
g = outer()
print(next(g))
print(g.throw(KeyError))
def inner2():
    try:
        yield "a"
    finally:
        print("inner2 cleanup")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 cleanup")
g2 = outer2()
next(g2)
g2.close()
g3 = outer2()
next(g3)
try:
    g3.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *a):
        return "it.throw handled"
def outer3():
    yield from It()
g4 = outer3()
print(next(g4), g4.throw(RuntimeError), next(g4))
