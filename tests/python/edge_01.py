# Chained comparisons with side effects: each operand evaluated at most once, short-circuit
log = []


def v(name, value):
    log.append(name)
    return value


def show(label, result):
    print(label, result, log)
    log.clear()


show("1<2<3:", v("a", 1) < v("b", 2) < v("c", 3))
show("1<3<2:", v("a", 1) < v("b", 3) < v("c", 2))
show("3<1<x:", v("a", 3) < v("b", 1) < v("c", 99))
show("eq chain:", v("a", 5) == v("b", 5) == v("c", 5) != v("d", 6))
show("mixed:", v("a", 1) <= v("b", 1) < v("c", 2) > v("d", 0) >= v("e", 0))
show("in chain:", v("a", 2) in v("b", [1, 2]) not in v("c", [[1]]))
show("is chain:", v("a", None) is v("b", None) is not v("c", 0))
show("returns last:", v("a", 1) < v("b", 2) and v("c", "tail"))


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  {self.n} < {other.n}?")
        return self.n < other.n

    def __bool__(self):
        print(f"  bool({self.n})")
        return True


a, b, c = Loud(1), Loud(2), Loud(0)
print("result:", a < b < c)
print("result:", c < a < b)


class Weird:
    def __lt__(self, other):
        return "truthy-string"


print("non-bool:", Weird() < Weird())
print("chain of non-bool:", Weird() < Weird() < Weird())
x = 5
print(0 < x < 10, 0 < x > 4, not 0 < x < 3, (0 < x) < 3)
print(1 < 2 == True, (1 < 2) == True)
