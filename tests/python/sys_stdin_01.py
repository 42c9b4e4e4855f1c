import sys
print(repr(sys.stdin.readline()))
print(repr(input("p> ")))
for line in sys.stdin:
    print("line:", line.rstrip("\n"))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), sys.stdin.name, sys.stdin.mode)
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
