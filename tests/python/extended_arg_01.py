# Instructions with EXTENDED_ARG prefixes (opargs over 255: many locals,
# names, constants, long jumps), run hot enough to specialize, and then
# made to deopt (other types, other classes, changed globals).

N = 300

# A function with N + 10 locals: the last ones need EXTENDED_ARG to load
# and store; its loop body is long enough that the backward jump does too.
lines = ["def many_locals(n, xs, obj):"]
for i in range(N):
    lines.append(f"    v{i} = {i}")
lines.append("    total = 0")
lines.append("    i = 0")
lines.append("    while i < n:")
lines.append(f"        v{N - 1} = v{N - 1} + xs[i % len(xs)]")
lines.append(f"        v{N - 2} = v{N - 2} * 1.5 if v{N - 2} < 1000 else 0.5")
lines.append(f"        total = total + v{N - 1} + obj.a")
for i in range(0, N, 7):
    lines.append(f"        v{i} = v{i} + 1")
lines.append("        i = i + 1")
lines.append(f"    return total, v{N - 1}, v{N - 2}, v0, v{N - 7 - (N - 1) % 7}")
ns = {}
exec("\n".join(lines), ns)
many_locals = ns["many_locals"]


class A:
    def __init__(self, a):
        self.a = a


class B:
    a = 2.5


print(many_locals(50, [1, 2, 3], A(1)))
print(many_locals(50, [1.5, 2, "x"[:0] or 3], A(2)))
print(many_locals(40, [10**20, 1], B()))
try:
    many_locals(10, [1, "s"], A(1))
except TypeError as e:
    print("TypeError", e)

# Many names: attribute and global names past index 255.
src = ["def many_names(o, n):", "    t = 0", "    for _ in range(n):"]
for i in range(N):
    src.append(f"        o.attr{i} = {i}")
src.append(f"        t += o.attr{N - 1} + o.attr{N - 2} + g{N - 1}")
src.append(f"        t += len(str(g{N - 2}))")
src.append("    return t")
glob = {f"g{i}": i for i in range(N)}
exec("\n".join(src), glob)
many_names = glob["many_names"]


class C:
    pass


class D:
    __slots__ = tuple(f"attr{i}" for i in range(N))


print(many_names(C(), 30))
print(many_names(D(), 30))
glob[f"g{N - 1}"] = 0.5
print(many_names(C(), 30))
del glob[f"g{N - 2}"]
try:
    many_names(C(), 3)
except NameError as e:
    print("NameError", e)

# Many constants: a comparison against a constant past index 255, fused
# with its jump, in a hot loop; then with floats and strs.
consts = ", ".join(f"{i}.25" for i in range(N))
src = [
    "def many_consts(xs):",
    f"    table = ({consts},)",
    "    hits = 0",
    "    for x in xs:",
    f"        if x < {N + 0.5}:",
    "            hits += 1",
    f"        if x == 'k{N}':",
    "            hits += 100",
    "    return hits, len(table)",
]
ns = {}
exec("\n".join(src), ns)
many_consts = ns["many_consts"]
print(many_consts(list(range(600))))
print(many_consts([i * 0.75 for i in range(600)]))
print(many_consts([f"k{i}" for i in range(600)] and [1, 2.0, 400]))
try:
    many_consts([1, "a"])
except TypeError as e:
    print("TypeError", e)
