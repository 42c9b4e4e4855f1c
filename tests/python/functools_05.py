# functools: cmp_to_key and cached_property.
from functools import cmp_to_key, cached_property


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date", "yam"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=cmp_to_key(compare_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(compare_len_then_alpha)),
      max(words, key=cmp_to_key(compare_len_then_alpha)))


def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs)


print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))

K = cmp_to_key(lambda a, b: a - b)
k1, k2, k3 = K(1), K(2), K(1)
print(k1 < k2, k1 > k2, k1 == k3, k1 != k3, k1 <= k3, k2 >= k1, k1.obj, k2.obj)
print(type(K).__name__, type(k1).__name__, type(K) is type(k1))
K2 = cmp_to_key(lambda a, b: b - a)
print(K2(1) < k2, k2 < K2(1))   # the left operand's function decides


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("compare with int", lambda: k1 < 5)
attempt("eq with int", lambda: k1 == 5)
print("hashable:", type(k1).__hash__ is None)
attempt("cmp raises", lambda: sorted([1, "a"], key=cmp_to_key(lambda a, b: a - b)))
attempt("cmp returns str", lambda: K2("x") < K2("y"))
attempt("no obj", lambda: K())


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def mean(self):
        "The arithmetic mean."
        self.computed += 1
        return sum(self.values) / len(self.values)

    @cached_property
    def spread(self):
        self.computed += 1
        return max(self.values) - min(self.values)


d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean, d.computed, sorted(vars(d)))
print(d.spread, d.computed, d.__dict__["mean"])
d.mean = 100              # no __set__: the instance dict wins
print(d.mean, d.computed)
del d.mean                # deleting forces recomputation
print(d.mean, d.computed)
print(type(Dataset.mean).__name__, Dataset.mean.__doc__, Dataset.mean.attrname)
print(Dataset.mean.func.__name__)
d2 = Dataset([10])
print(d2.mean, d2.computed, d.mean)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def value(self):
        return 1


attempt("slots", lambda: Slotted().value)

prop = cached_property(lambda self: 5)
attempt("no set_name", lambda: prop.__get__(Dataset([1])))


class Twice:
    a = cached_property(lambda self: 1)


try:
    class Again:
        b = Twice.__dict__["a"]
except (TypeError, RuntimeError) as e:
    cause = e.__cause__ if e.__cause__ is not None else e
    print(type(cause).__name__, cause)


class Subclassed(Dataset):
    @cached_property
    def mean(self):
        return "overridden"


print(Subclassed([1]).mean)
