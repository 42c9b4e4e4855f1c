# With PYTHONHASHSEED=0 (as the corpus runs CPython), str and bytes hashes
# are CPython's, so sets of strings iterate in CPython's order.
print(hash("a"), hash("hello"), hash(b"a"), hash("\xe9"), hash("\u20ac"), hash("\U0001f600"), hash(""), hash(b""))
s = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(s)
print(set("hello world"), frozenset(["\xe9", "\u20ac", "\U0001f600", "x"]), {b"ab", b"cd", b"ef"})
print(hash(("a", 1)), hash("spam") == hash(b"spam"), hash("\xe9") == hash(b"\xe9"))
print(hash(-2**63), hash(-9223372036854775808), hash(-(2**63)) == hash(-(2.0**63)), hash(2**63), hash(-2**62))
print(hash(range(3)) == hash(range(3)), hash(range(1, 5, 2)), hash(range(0, 10**20, 3)))
