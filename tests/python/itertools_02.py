# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=7)), list(it.accumulate([])))
print(list(it.accumulate(["a", "b", "c"])))
print(list(it.accumulate([[1], [2], [3]])))
print(list(it.accumulate(range(5), lambda acc, x: acc * 2 + x, initial=1)))
print(list(it.accumulate([1, 2, 3], func=None, initial=None)))
# amortization table
balance = it.accumulate([1000, -90, -90, -90], lambda bal, pmt: round(bal * 1.01 + pmt, 2))
print(list(balance))

print(list(it.chain("ab", [1, 2], (), range(3))))
print(list(it.chain()), list(it.chain([])))
print(list(it.chain.from_iterable(["abc", "de", ""])))
print(list(it.chain.from_iterable(range(n) for n in range(4))))
ch = it.chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError", e)
print(list(ch))
print(isinstance(it.chain.from_iterable([]), it.chain), type(ch).__name__)
try:
    it.chain.from_iterable(5)
except TypeError as e:
    print("TypeError", e)

print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.compress(range(10), it.cycle([True, False, False]))))
print(list(it.compress("abc", [1])), list(it.compress("a", [1, 1, 1])))

print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(str.isspace, "   text  ")))
print(list(it.takewhile(bool, [3, 2, 1, 0, 5])))
tw = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
src = iter([1, 2, 3, 4, 5])
tw = it.takewhile(lambda x: x < 3, src)
print(list(tw), list(src))   # takewhile consumes the first failing item
src = iter([1, 2, 3, 4, 5])
dw = it.dropwhile(lambda x: x < 3, src)
print(next(dw), list(src))

print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(it.filterfalse(bool, [0, 1, "", "a"])))

print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
print(list(it.starmap(operator.add, ["ab", "cd"])))
print(list(it.starmap(max, [iter([3, 9, 2])])))
try:
    list(it.starmap(pow, [(1, 2), 5]))
except TypeError as e:
    print("TypeError", e)


def attempt(label, func, *args, **kw):
    try:
        print(label, repr(list(func(*args, **kw))))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("accumulate int", it.accumulate, 5)
attempt("accumulate mixed", it.accumulate, [1, "a"])
attempt("compress int data", it.compress, 5, [1])
attempt("compress int sel", it.compress, [1], 5)
attempt("dropwhile int", it.dropwhile, bool, 5)
attempt("takewhile pred err", it.takewhile, len, [1])
attempt("filterfalse int", it.filterfalse, None, 3)
attempt("starmap int", it.starmap, pow, 3)
