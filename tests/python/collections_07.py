# namedtuple: validation errors and misuse.
from collections import namedtuple

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("bad type name", lambda: namedtuple("1Point", "x"))
attempt("keyword type name", lambda: namedtuple("class", "x"))
attempt("keyword field", lambda: namedtuple("P", "x def"))
attempt("underscore field", lambda: namedtuple("P", "x _y"))
attempt("duplicate field", lambda: namedtuple("P", "x y x"))
attempt("invalid field", lambda: namedtuple("P", ["x", "a-b"]))
attempt("number field", lambda: namedtuple("P", ["x", 3]))
attempt("too many defaults", lambda: namedtuple("P", "x", defaults=[1, 2]))
attempt("soft keyword ok", lambda: namedtuple("P", "match case _type", rename=True)._fields)

P = namedtuple("P", "x y")
p = P(1, 2)
attempt("too few", lambda: P(1))
attempt("none", lambda: P())
attempt("too many", lambda: P(1, 2, 3))
attempt("unknown kw", lambda: P(1, 2, z=3))
attempt("duplicate kw", lambda: P(1, x=2))
attempt("make short", lambda: P._make([1]))
attempt("make long", lambda: P._make([1, 2, 3]))
attempt("replace unknown", lambda: p._replace(z=1))
attempt("replace several unknown", lambda: p._replace(a=1, b=2, x=5))
attempt("index", lambda: p[2])

def set_field():
    p.x = 5
attempt("set field", set_field)
def del_field():
    del p.x
attempt("delete field", del_field)
def new_attr():
    p.other = 1
attempt("new attribute", new_attr)
attempt("unchanged", lambda: p)

D = namedtuple("D", "a b c", defaults=[3])
attempt("defaults missing", lambda: D(1))
attempt("defaults ok", lambda: D(1, 2))
attempt("defaults kw", lambda: D(a=1, b=2, c=4))
