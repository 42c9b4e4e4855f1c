class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Color:
    RED = 1
    GREEN = 2
def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red"
        case [x, y] if x == y:
            return f"pair of same {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"seq first={first} rest={rest}"
        case {"name": str(name), **others}:
            return f"named {name} others={others}"
        case {"k": _}:
            return "has k"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(a, b):
            return f"point {a},{b}"
        case str() as s:
            return f"string {s!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case (1, (2, c)):
            return f"nested {c}"
        case _:
            return "other"
for v in [0, 1, None, True, 2, [3, 3], [3, 4], (1, 2, 3), {"name": "bob", "age": 3}, {"k": 1, "j": 2},
          Point(0, 0), Point(0, 5), Point(2, 3), "hi", 500, (1, (2, 9)), 42, [], {"name": 5}]:
    print(describe(v))
