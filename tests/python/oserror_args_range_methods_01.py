e = OSError(2, "No such file")
print(type(e).__name__, str(e), repr(e), e.errno, e.strerror, e.filename, e.args)
e = FileNotFoundError(2, "missing", "a.txt")
print(str(e), e.args, e.filename)
e = OSError(1, "perm", "x", None, "y")
print(type(e).__name__, str(e))
e = OSError("just a message")
print(type(e).__name__, str(e), e.errno, e.args)
print(type(OSError(17, "e")).__name__, type(OSError(99, "e")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
class MyOS(OSError):
    pass
m = MyOS(2, "mine")
print(type(m).__name__, str(m), m.errno)
try:
    open("nonexistent_dir_zzz/f")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)
print(range(1, 10, 2).index(5), range(10).count(3), range(10).count(11))
print(range(0, -10, -3).index(-6), range(5).index(True), range(5).index(2.0), range(5).count(2.0))
for bad in [10, "a"]:
    try:
        range(5).index(bad)
    except ValueError as e:
        print("ValueError", e)
r=range(2,10**20,3); print(r.start, r.stop, r.step, range(5).stop, r.index(8))
