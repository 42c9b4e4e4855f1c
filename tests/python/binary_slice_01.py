# BINARY_SLICE: x[a:b] without a slice object, and every kind of bound and
# container that must still go through the general path.
s = "héllo wörld"
print(s[1:4], s[:3], s[3:], s[-3:], s[:-3], s[5:2], s[-100:100], s[:] is s, s[0:len(s)] is s)
a = "abcdef"
print(a[1:3], a[None:2], a[2:None], a[True:3])
l = [1, 2, 3, 4, 5]
print(l[1:3], l[:], l[:] is l, l[-2:], l[10:], l[2:1])
t = (1, 2, 3)
print(t[1:], t[:] is t, t[0:3] is t, t[-1:])
print(b"bytes"[1:3], bytearray(b"xyz")[1:], range(10)[2:5], memoryview(b"abc")[1:].tobytes())
class Idx:
    def __index__(self):
        return 2
print(a[Idx():4], l[:Idx()])
class S(str):
    pass
print(type(S("abcd")[1:3]).__name__, S("abcd")[1:3])
class G:
    def __getitem__(self, k):
        return k
print(G()[1:2], G()[:], G()["a":"b"])
big = 10**20
print(a[0:big], a[-big:2])
try:
    a["x":2]
except TypeError as e:
    print("TypeError:", e)
try:
    5[1:2]
except TypeError as e:
    print("TypeError:", e)
d = {}
try:
    d[1:2]
except TypeError as e:
    print("TypeError:", e)
