class E(Exception):
    def __str__(self): return "<" + super().__str__() + ">"
    def __repr__(self): return "E!" + super().__repr__()
print(str(E("msg")), repr(E("msg")), E(1, 2))
print(BaseException.__str__(ValueError("b")), Exception.__repr__(KeyError("k")), KeyError.__str__(KeyError("k")))
try:
    raise E("boom")
except E as e:
    print(e, [e])
