def it(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

g = it("del"); next(g); del g
print("after del")
for x in it("break"):
    break
print("after break")
def f():
    g = it("return"); next(g)
    return 5
print(f())
g = it("rebind"); next(g); g = None
print("after rebind")
g = it("unstarted"); del g
g = it("finished"); list(g); del g
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def w():
    with CM():
        yield 1
g = w(); next(g); del g
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = inner(); next(g); g = None
g = it("at exit"); next(g)
print("end")
