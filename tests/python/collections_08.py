# Counter: counting words, most_common order, elements, update/subtract.
from collections import Counter

text = """It was the best of times it was the worst of times it was the age of
wisdom it was the age of foolishness""".lower().split()
c = Counter(text)
print(c)
print(c.most_common(3), c["was"], c["unknown"], "unknown" in c)
print(c.most_common()[-3:], c.most_common(0), c.most_common(-2))
print(c.total(), len(c), sum(c.values()))

letters = Counter("mississippi")
print(letters, sorted(letters.elements()), "".join(letters.elements()))
print(letters.most_common(2), list(letters))

inventory = Counter(apples=3, pears=2)
inventory.update(["apples", "kiwis"])
inventory.update({"pears": 5})
inventory.update(plums=1)
print(inventory)
inventory.subtract({"apples": 10})
inventory.subtract(["kiwis"])
inventory.subtract(plums=2)
print(inventory, inventory.total())
print(+inventory, -inventory)

empty = Counter()
print(empty, empty.most_common(), list(empty.elements()), empty.total())
empty.update()
empty.update(None)
print(empty)

from_map = Counter({"a": 2, "b": 0, "c": -1})
print(from_map, sorted(from_map.elements()))
del from_map["zz"]     # deleting a missing key is fine
del from_map["b"]
print(from_map)
from_map["new"] += 3
print(from_map, from_map.copy() == from_map, type(from_map.copy()).__name__)

# ties keep first-seen order
ties = Counter("abcabcddd")
print(ties.most_common(), ties.most_common(2))

# non-numeric or unorderable counts still produce a repr
print(Counter({"x": "a", "y": "b"}))
print(Counter({1: "a", 2: 3}))

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(1, 2)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    Counter(5)
except TypeError as e:
    print("TypeError", e)
print(Counter(iterable=2, self=1))

# anagram check and character histogram
def anagrams(a, b):
    return Counter(a.replace(" ", "")) == Counter(b.replace(" ", ""))
print(anagrams("dormitory", "dirty room"), anagrams("hello", "world"))
for ch, n in Counter("hello world").most_common(3):
    print(f"{ch!r}: {'#' * n}")

class WordCounter(Counter):
    def top(self):
        return self.most_common(1)[0][0]
wc = WordCounter("a b b c c c".split())
print(wc, wc.top(), type(wc.copy()).__name__)
