# heapq: nlargest / nsmallest, with and without key, ties and iterators.
import heapq

nums = [5, 1, 8, 3, 9, 2, 8, 7, 1, 6]
for n in [-1, 0, 1, 2, 3, 5, 10, 12]:
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))

# Iterators (no len()) take the heap path.
for n in [0, 1, 3, 20]:
    print(n, heapq.nsmallest(n, iter(nums)), heapq.nlargest(n, iter(nums)))
print(heapq.nlargest(2, (x * x for x in range(-5, 3))))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []))

# key= with ties: earlier items win, like a stable sort.
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana", "yam"]
for n in [1, 2, 3, 4, 6]:
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print("  ", heapq.nsmallest(n, iter(words), key=len),
          heapq.nlargest(n, iter(words), key=len))

records = [{"name": "a", "score": 70}, {"name": "b", "score": 95},
           {"name": "c", "score": 70}, {"name": "d", "score": 88},
           {"name": "e", "score": 95}, {"name": "f", "score": 60}]
top = heapq.nlargest(3, records, key=lambda r: r["score"])
print([r["name"] for r in top])
low = heapq.nsmallest(2, iter(records), key=lambda r: r["score"])
print([r["name"] for r in low])


class Tie:
    """Equal keys, distinct identities: shows which item is kept."""

    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "%d%s" % (self.k, self.tag)


ties = [Tie(1, "a"), Tie(2, "b"), Tie(1, "c"), Tie(2, "d"), Tie(0, "e"), Tie(2, "f")]
print(heapq.nsmallest(3, iter(ties)), heapq.nlargest(3, iter(ties)))
print(heapq.nsmallest(2, ties), heapq.nlargest(2, ties))

# Strings and negative numbers.
print(heapq.nlargest(3, "mississippi"), heapq.nsmallest(4, [-3, 7, -10, 0, 2]))

# Errors.
for args in [(2, 5), (2, [1, "a", 3]), (2, iter([1, None, 3]))]:
    try:
        print(heapq.nsmallest(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    heapq.nlargest(2, [1, 2, 3], key=5)
except TypeError as e:
    print("TypeError", e)
