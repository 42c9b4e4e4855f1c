import sys
print("to stderr", file=sys.stderr)
sys.stdout.write("direct\n")
print("x", flush=True)
def gen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught in inner"
def outer():
    r = yield from gen()
    yield "after"
g = outer()
print(next(g), g.throw(ValueError), next(g))
