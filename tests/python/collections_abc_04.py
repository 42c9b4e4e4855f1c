# collections.abc: Set and MutableSet mixins, register(), Callable[...].
from collections.abc import Set, MutableSet, Hashable, Sequence, Callable, Iterable

class ListSet(Set):
    """A set kept as a list, in insertion order."""
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"ListSet({self.items})"

a = ListSet("abcd")
b = ListSet("cdef")
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & {"a", "z"}, ["x", "a"] & a, a.isdisjoint("xyz"), a.isdisjoint("xa"))
print(a <= ListSet("abcde"), a < a, a <= a, a == ListSet("dcba"), a != b, a >= ListSet("ab"), a > ListSet())
print(a == set("abcd"), set("abcd") == a, a <= set("abcdz"), frozenset("ab") <= a)
print(sorted(a | ["q"]), sorted(a - ["a"]), ["x", "a"] - a, ["q"] | a, "zc" ^ a)

class HashableSet(ListSet, Hashable):
    __hash__ = Set._hash
print(hash(HashableSet([1, 2, 3])) == hash(HashableSet([3, 2, 1])), hash(HashableSet()) == hash(HashableSet([])))
print({HashableSet("ab"): 1}[HashableSet("ba")])

class BitSet(MutableSet):
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)
    def __contains__(self, i):
        return bool(self.bits >> i & 1)
    def __iter__(self):
        return (i for i in range(self.bits.bit_length()) if self.bits >> i & 1)
    def __len__(self):
        return bin(self.bits).count("1")
    def add(self, i):
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __repr__(self):
        return f"BitSet({list(self)})"

s = BitSet([1, 3, 5])
s.add(7)
s.discard(3)
s.discard(100)
print(s, len(s), 5 in s, 4 in s)
s |= [2, 4]
print(s)
s &= BitSet([1, 2, 4, 9])
print(s)
s ^= [1, 8]
print(s)
s -= [8]
print(s)
print(s.pop(), s)
s.remove(4)
try:
    s.remove(4)
except KeyError as e:
    print("KeyError", e)
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError:
    print("KeyError from pop")
t = BitSet([1])
t ^= t
print(t)

# register() makes virtual subclasses
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __getitem__(self, i):
        return (self.a, self.b)[i]
    def __len__(self):
        return 2
print(isinstance(Pair(1, 2), Sequence))
Sequence.register(Pair)
print(isinstance(Pair(1, 2), Sequence), issubclass(Pair, Sequence), issubclass(Pair, Iterable))
print(Sequence.register(Pair) is Pair, hasattr(Pair, "index"))

print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
alias = Callable[[int], str]
print(alias.__origin__, alias.__args__)
print(Iterable[int], Sequence[str], repr(Set[int]))
try:
    Callable[int]
except TypeError as e:
    print("TypeError:", e)
