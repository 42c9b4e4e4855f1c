# CALL_BUILTIN_CLASS: builtin classes called with positional arguments
# (range, str, int, type(x), ...), other callables at the same site, the
# constructors' errors, and classes made in Python that must stay generic.


def make(cls, *args):
    return cls(*args)


def at_site(f, x):
    return f(x)


class MyInt(int):
    pass


for _ in range(3):
    print([at_site(str, v) for v in (1, -20, 3.5, "s", None, True, 10**20)])
    print([at_site(int, v) for v in ("12", 3.9, True, -7, "0x10" if False else "-3")])
    print([at_site(type, v).__name__ for v in (1, "s", [], MyInt(3), None, type)])
    print([list(at_site(range, n)) for n in (0, 3)], at_site(tuple, [1, 2]), at_site(list, "ab"))
    print(at_site(float, "2.5"), at_site(bool, []), at_site(set, [1, 1, 2]) == {1, 2}, at_site(frozenset, ()))
    print(at_site(MyInt, 5), type(at_site(MyInt, 5)).__name__, at_site(len, "abc"), at_site(abs, -3))
    print(type("Dyn", (), {"a": 1})().a, make(dict), make(bytes, 3), make(object).__class__.__name__)
    for bad in [("x",), (None,)]:
        try:
            at_site(int, *bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        make(range)
    except TypeError as e:
        print("TypeError:", e)
    try:
        make(range, 1, 2, 3, 4)
    except TypeError as e:
        print("TypeError:", e)

at_site(int, "not a number")
