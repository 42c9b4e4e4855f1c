# Keyword-only and positional-only parameters, and their TypeError messages
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
print(f(1, 2, 3, 4, e=5))


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except TypeError as err:
        print(label, "-> TypeError:", err)


attempt("pos-only as kw", lambda: f(1, b=2, c=3, e=5))
attempt("missing kw-only", lambda: f(1, 2, 3))
attempt("too many positional", lambda: f(1, 2, 3, 4, 5, e=6))
attempt("missing positional", lambda: f(1, e=5))
attempt("unexpected kw", lambda: f(1, 2, 3, e=5, g=7))
attempt("duplicate", lambda: f(1, 2, 3, c=3, e=5))


def only_pos(x, y, /):
    return x - y


attempt("only_pos ok", lambda: only_pos(10, 3))
attempt("only_pos kw", lambda: only_pos(10, y=3))
attempt("only_pos none", lambda: only_pos())


def only_kw(*, key, reverse=False):
    return (key, reverse)


attempt("only_kw ok", lambda: only_kw(key=1))
attempt("only_kw positional", lambda: only_kw(1))
attempt("only_kw missing", lambda: only_kw(reverse=True))


def kw_and_kwargs(a, /, **kwargs):
    return (a, kwargs)


attempt("pos-only name reused in kwargs", lambda: kw_and_kwargs(1, a=2))


def varargs(a, *args, b, **kw):
    return (a, args, b, kw)


attempt("varargs", lambda: varargs(1, 2, 3, b=4, c=5))
attempt("varargs missing b", lambda: varargs(1, 2, 3))


def two_missing(x, y, z):
    return x


attempt("two missing", lambda: two_missing(1))
attempt("three missing", lambda: two_missing())


def kwonly_two(*, p, q):
    return p


attempt("kw-only two missing", lambda: kwonly_two())


class K:
    def method(self, a, /, *, b):
        return (a, b)


attempt("method ok", lambda: K().method(1, b=2))
attempt("method extra", lambda: K().method(1, 2))
attempt("method kw", lambda: K().method(a=1, b=2))
attempt("builtin kw", lambda: len(obj=[1]))
attempt("dict splat dup", lambda: f(1, 2, 3, **{"e": 1, "c": 2}))
attempt("non-str key", lambda: f(1, 2, 3, **{1: 2}))
