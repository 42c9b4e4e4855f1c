# `s += t` and `s = s + t` into a local: the str may grow in place when
# nothing else holds it; every other holder must keep seeing the old text.


def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


for n, piece in [(0, "a"), (5, "ab"), (8, "ab"), (9, "ab"), (1000, "xyz"), (70000, "q")]:
    s = build(n, piece)
    print(n, len(s), s[:7], s[-3:], hash(s) == hash(piece * n), s == piece * n)


def build_plus(n):
    s = "start:"
    for i in range(n):
        s = s + str(i % 10)
    return s


print(build_plus(30), len(build_plus(5000)))


def aliases():
    s = "ab"
    kept = []
    for i in range(40):
        if i % 10 == 0:
            kept.append(s)
            t = s
        s += "c"
    print(len(s), [len(k) for k in kept], len(t), "ab", s.count("c"))
    u = "const"
    for _ in range(3):
        u += "!"
    print(u, "const")
    v = "x" * 20
    for _ in range(30):
        v += v[:1]
    print(len(v))
    w = "w"
    for _ in range(12):
        w += w
    print(len(w), w[:3])


aliases()


def non_ascii():
    s = "é"
    for i in range(20):
        s += "€" if i % 2 else "ß"
    print(len(s), s[:5], s[-3:], s[7], s.index("€"), s.encode("utf-8")[:6])
    t = "naïve"
    for _ in range(5):
        t += " café"
    print(t, len(t), t.upper()[-4:])


non_ascii()


def as_keys():
    d = {}
    s = "k"
    for i in range(50):
        s += "x"
        d[s] = i
    probe = "k" + "x" * 25
    print(len(d), d[probe], probe in d, d.get("k" + "x" * 50))
    seen = set()
    s = ""
    for i in range(30):
        s += chr(97 + i % 3)
        seen.add(s)
    print(len(seen), "abcabc" in seen)


as_keys()


def other_targets():
    s = "base"
    u = ""
    for i in range(10):
        u = s + str(i)
    print(u, s)
    a = "p"
    b = "q"
    for _ in range(5):
        a += b
        b += a
    print(a, b)
    try:
        c = "x"
        for i in range(60):
            c += "y" if i < 50 else i
    except TypeError as e:
        print("TypeError", e, len(c))


other_targets()


def gen(n):
    s = ""
    for i in range(n):
        s += "g"
        yield s


print([len(x) for x in gen(5)], sum(len(x) for x in gen(100)))
