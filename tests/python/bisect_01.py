# bisect: searching and inserting into sorted lists, lo/hi bounds, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 13]
for x in [0, 1, 2, 3, 4, 13, 14, 2.5, -1.0]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

# lo and hi restrict the search.
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 5),
      bisect.bisect_right(a, 2, 0, 3), bisect.bisect_right(a, 8, hi=4),
      bisect.bisect_left(a, 100, lo=3, hi=5), bisect.bisect(a, 2, lo=4, hi=4))
print(bisect.bisect([], 5), bisect.bisect_left([], 5), bisect.bisect([], 5, 3))
print(bisect.bisect_right(a, 3, 0, None), bisect.bisect_left(a, 3, 0, -1),
      bisect.bisect_left(a, 3, 2, -7))

# insort keeps the list sorted; left/right matters for equal items.
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)


class Item:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return "%s%s" % (self.key, self.tag)


items = []
for key, tag in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e")]:
    bisect.insort_right(items, Item(key, tag))
print(items)
items = []
for key, tag in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e")]:
    bisect.insort_left(items, Item(key, tag))
print(items)
c = [0, 10, 20]
bisect.insort(c, 15, 0, 1)   # hi too small: lands in the wrong place, as documented
print(c)
bisect.insort_left(c, 5, lo=1)
print(c)

# Strings and tuples.
words = sorted(["pear", "apple", "fig", "kiwi", "banana"])
for w in ["cherry", "apple", "zz", ""]:
    print(w, bisect.bisect_left(words, w), bisect.bisect_right(words, w))
pairs = [(1, "a"), (1, "c"), (2, "b")]
print(bisect.bisect_left(pairs, (1, "b")), bisect.bisect(pairs, (1,)),
      bisect.bisect(pairs, (1, "z")))

# Works on any sequence supporting len() and indexing.
print(bisect.bisect(range(0, 100, 5), 42), bisect.bisect_left("acegi", "d"),
      bisect.bisect_left((1, 3, 5), 3))


def attempt(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("lo negative", bisect.bisect, a, 1, -1)
attempt("lo negative left", bisect.bisect_left, a, 1, -5, 3)
attempt("insort lo negative", bisect.insort, [1], 1, -1)
attempt("lo str", bisect.bisect, a, 1, "0")
attempt("lo None", bisect.bisect_left, a, 1, None)
attempt("lo float", bisect.bisect_right, a, 1, 1.0)
attempt("hi str", bisect.bisect, a, 1, 0, "9")
attempt("hi float", bisect.bisect_left, a, 1, 0, 2.0)
attempt("hi too big", bisect.bisect, [1, 2, 3], 2, 0, 10)
attempt("not a sequence", bisect.bisect, 5, 1)
attempt("incomparable", bisect.bisect, [1, 2], "x")
attempt("tuple insort", bisect.insort, (1, 2), 3)
