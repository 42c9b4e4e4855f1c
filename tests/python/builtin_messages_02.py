def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a" % [])
t(lambda: "%s" % [1, 2])
t(lambda: "%c" % "ab")
t(lambda: "Hello"[("a")])
t(lambda: "abc"[None])
t(lambda: [1][None])
t(lambda: sum([b"a"], b""))
t(lambda: sum([1, 2], 0.5))
t(lambda: ord(b"a"))
t(lambda: ord(b"ab"))
t(lambda: issubclass(bool, int | str))
t(lambda: issubclass(float, int | str))
t(lambda: dict(a=1, **{"a": 2}))
def f(**kw): return kw
t(lambda: f(a=1, **{"a": 2}))
