# operator: sequence/container helpers, index, length_hint and call.
import operator as op


def attempt(label, func, *args):
    try:
        print(label, repr(func(*args)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(op.getitem(data, 2), op.getitem(data, slice(1, 4)), op.getitem("xyz", -1))
op.setitem(data, 0, 30)
op.setitem(data, slice(1, 3), ["a", "b", "c"])
print(data)
op.delitem(data, 0)
op.delitem(data, slice(None, None, 2))
print(data)
d = {}
op.setitem(d, "k", 1)
print(d, op.getitem(d, "k"))
op.delitem(d, "k")
print(d)

print(op.contains([1, 2, 3], 2), op.contains("hello", "ell"), op.contains({}, 1))
print(op.countOf([1, 2, 1, 1.0, True, 3], 1), op.countOf("banana", "a"))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([0, nan], nan))
print(op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"), op.indexOf(iter([4, 5]), 5))
print(op.concat([1], [2, 3]), op.concat("ab", "cd"), op.concat((1,), (2,)))
lst = [1]
print(op.iconcat(lst, [2]), lst)

# index() and objects implementing __index__.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(op.index(7), op.index(True), op.index(Idx(4)), op.index(-12 ** 30))
print(op.getitem("abcdef", Idx(2)), [10, 20, 30][op.index(Idx(1))])

# length_hint.
class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


class Sized:
    def __len__(self):
        return 11

    def __length_hint__(self):
        return 99


print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))),
      op.length_hint(Hinted(4)), op.length_hint(Sized()),
      op.length_hint(Hinted(NotImplemented), 7), op.length_hint(5, 3),
      op.length_hint(object()))
it = iter([1, 2, 3, 4])
next(it)
print(op.length_hint(it))

# call().
print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1, 2], reverse=True),
      op.call(dict, a=1))

# Errors.
attempt("index str", op.index, "5")
attempt("index float", op.index, 2.0)
attempt("indexOf missing", op.indexOf, [1, 2], 3)
attempt("concat int", op.concat, 1, 2)
attempt("concat dict", op.concat, {}, {})
attempt("concat mix", op.concat, [1], (2,))
attempt("iconcat int", op.iconcat, 1, [2])
attempt("getitem oob", op.getitem, [1], 5)
attempt("delitem oob", op.delitem, [1], 5)
attempt("getitem int", op.getitem, 5, 0)
attempt("setitem tuple", op.setitem, (1,), 0, 2)
attempt("contains int", op.contains, 5, 1)
attempt("countOf int", op.countOf, 5, 1)
attempt("hint negative", op.length_hint, Hinted(-1))
attempt("hint str", op.length_hint, Hinted("x"))
attempt("hint default", op.length_hint, [], "x")
attempt("call non-callable", op.call, 5)
