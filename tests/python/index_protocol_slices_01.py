class Idx:
    def __index__(self): return 2
print("abcdef"[Idx():], [1,2,3,4][:Idx()], range(Idx()), (1,2,3)[Idx():], range(10)[Idx():], b"xyz"[Idx():], "abcdef"[::Idx()])
l = [0, 1, 2, 3, 4]
l[Idx():] = ["x"]
print(l)
del l[:Idx()]
print(l, range(Idx(), 10, Idx()), list(range(Idx())))
s = slice(Idx(), None)
print(type(s.start).__name__, "hello"[s])
