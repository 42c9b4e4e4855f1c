b = b"hello world"
m = memoryview(b)
print(type(m).__name__, len(m), m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape)
print(m[0], m[-1], m[1:5].tobytes(), bytes(m[::2]), m[::-1].tolist()[:3])
print(m.tobytes() == b, m == b, m == b"x", m[6:] == b"world", m == memoryview(b))
print(m.obj is b, m.hex(), m[:3].hex(" "))
print(list(m[:4]), sum(m), 104 in m)
print(hash(m) == hash(b))
ba = bytearray(b"abcdef")
w = memoryview(ba)
print(w.readonly)
w[0] = 65
w[1:3] = b"XY"
print(ba)
sub = w[2:5]
sub[0] = ord("z")
print(ba, sub.tobytes(), sub.strides, w[::2].strides)
step = w[::2]
step[1] = 33
print(ba, step.tolist())
try:
    hash(w)
except ValueError as e:
    print("ValueError", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    w[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    w[0] = "a"
except TypeError as e:
    print("TypeError", e)
try:
    w[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    m[100]
except IndexError as e:
    print("IndexError", e)
try:
    m["a"]
except TypeError as e:
    print("TypeError", e)
try:
    del w[0]
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("abc")
except TypeError as e:
    print("TypeError", e)
ro = w.toreadonly()
print(ro.readonly, ro.tobytes())
with memoryview(b"xyz") as v:
    print(v[1], bytes(v))
try:
    len(v)
except ValueError as e:
    print("ValueError", e)
try:
    v.tobytes()
except ValueError as e:
    print("ValueError", e)
print(v == v, v == b"xyz")
print(b"ab" + memoryview(b"cd"), bytearray(memoryview(b"q")), b"-".join([memoryview(b"a"), b"b"]))
print(bool(memoryview(b"")), bool(memoryview(b"a")))
print(isinstance(m, memoryview), memoryview(m).tobytes())
print(bytes(memoryview(ba)[1:4]).decode())
