class R:
    def __round__(self, n=None): return ("r", n)
print(round(R()), round(R(), 2))
print(str(b"abc", "ascii"), str(bytearray(b"a"), "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"x", encoding="latin-1"))
class W:
    helper = staticmethod(lambda x: x * 2)
    table = {"double": helper}
print(W.table["double"](4))
try:
    raise ValueError("x")
except ValueError as e:
    e.add_note("note here")
    e.add_note("second")
    raise
