# bisect: key functions, lookup tables and a sorted collection class.
from bisect import bisect, bisect_left, bisect_right, insort, insort_left


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

# key= applies to the list items, not to x.
people = [("ann", 19), ("bob", 25), ("cyd", 25), ("dee", 31), ("eve", 40)]
age = lambda p: p[1]
print(bisect_left(people, 25, key=age), bisect_right(people, 25, key=age),
      bisect(people, 30, key=age), bisect_left(people, 50, key=age))
print(bisect_left(people, 25, 2, key=age), bisect_right(people, 25, 0, 2, key=age))
insort(people, ("fay", 25), key=age)
insort_left(people, ("gus", 25), key=age)
insort(people, ("hal", 1), key=age)
print(people)
print(bisect([1, 2, 3], 2, key=None), bisect_left([1, 2, 3], 2, key=None))

# Case-insensitive ordering via key.
names = ["Alpha", "bravo", "Charlie", "delta"]
print(bisect_left(names, "c", key=str.lower), bisect_left(names, "c"))


class SortedList:
    """A minimal sorted container built on bisect."""

    def __init__(self, iterable=(), key=None):
        self._key = key
        self._items = []
        for x in iterable:
            self.add(x)

    def add(self, x):
        insort(self._items, x, key=self._key)

    def remove(self, x):
        k = x if self._key is None else self._key(x)
        i = bisect_left(self._items, k, key=self._key)
        if i < len(self._items) and self._items[i] == x:
            del self._items[i]
        else:
            raise ValueError("%r not in list" % (x,))

    def count_range(self, lo, hi):
        return (bisect_right(self._items, hi, key=self._key)
                - bisect_left(self._items, lo, key=self._key))

    def __repr__(self):
        return "SortedList(%r)" % self._items


s = SortedList([5, 3, 8, 1, 9, 3])
print(s, s.count_range(3, 8), s.count_range(10, 20))
s.remove(3)
print(s)
try:
    s.remove(4)
except ValueError as e:
    print("ValueError", e)
w = SortedList(["ccc", "a", "bb", "dd"], key=len)
print(w, w.count_range(2, 2))

# Finding the closest value.
def closest(seq, x):
    i = bisect_left(seq, x)
    candidates = seq[max(i - 1, 0):i + 1]
    return min(candidates, key=lambda v: (abs(v - x), v))


data = [1, 4, 9, 16, 25, 36]
print([closest(data, x) for x in [0, 5, 7, 20, 30, 100]])

# Errors with key.
try:
    bisect(people, "x", key=age)
except TypeError as e:
    print("TypeError", e)
try:
    insort(people, ("zed",), key=age)
except IndexError as e:
    print("IndexError", e)
try:
    bisect_left(people, 1, key=5)
except TypeError as e:
    print("TypeError", e)
