# `is` versus `==`: only identities the language guarantees
a = None
print(a is None, a == None, None is None)
b = [1, 2]
c = b
d = [1, 2]
print(b is c, b == c, b is d, b == d, b is not d)
c.append(3)
print(b, b is c, b == d)

print(True is True, False is not True, (1 == 1) is True)
print(NotImplemented is NotImplemented, Ellipsis is ..., type(None) is type(a))
print(int is type(5), type("s") is str, type([]) is not tuple)


class Always:
    def __eq__(self, other):
        return True


class Never:
    def __eq__(self, other):
        return False


x = Always()
n = Never()
print(x == None, x is None, x == 42, x is x)
print(n == n, n is n, n != n)
items = [n]
print(n in items, items.index(n), items.count(n))
nan = float("nan")
print(nan == nan, nan is nan, nan in [nan], [nan] == [nan])


def same(obj):
    return obj


e = object()
print(same(e) is e, same(e) == e, object() == e)
t = (b, d)
print(t[0] is b, t[1] is d, t[0] is d)
print(b[:] is b, b[:] == b, list(b) is b)
dct = {"k": b}
print(dct["k"] is b, dct.get("k") is c)
s1 = "hello"
s2 = s1
print(s1 is s2, s1 == "hel" + "lo")
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)
print(None == 0, None == False, None == "", not None)
print((1, 2) == (1, 2), [1, 2] == (1, 2), {1: 2} == {1: 2.0})
print(b is not None and d is not None)
