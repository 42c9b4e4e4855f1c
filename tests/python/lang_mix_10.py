# A hand-written dataclass-like class with __eq__/__hash__/__lt__ used in sets and sorted
class Version:
    __match_args__ = ("major", "minor", "patch")

    def __init__(self, major, minor=0, patch=0):
        self.major = major
        self.minor = minor
        self.patch = patch

    @classmethod
    def parse(cls, text):
        parts = [int(p) for p in text.split(".")]
        return cls(*parts)

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    def __str__(self):
        return ".".join(map(str, self._key()))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        return self == other or self < other


raw = ["1.2.3", "1.10", "1.2", "0.9.9", "1.2.3", "2", "1.2.0", "1.10.0"]
versions = [Version.parse(r) for r in raw]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
unique = set(versions)
print("unique:", len(unique), sorted(unique))
print("max/min:", max(versions), min(versions))
print(Version(1, 2) in unique, Version(3) in unique)
print(Version(1, 2) == Version(1, 2, 0), Version(1) == "1", Version(1) != 1)
print(Version(1) < Version(1, 0, 1), Version(2) > Version(1, 99), Version(1) <= Version(1))
print(Version(1, 1) >= Version(1, 0))
counts = {}
for v in versions:
    counts[v] = counts.get(v, 0) + 1
print({str(k): n for k, n in sorted(counts.items())})
for v in sorted(unique):
    match v:
        case Version(0, _, _):
            print(v, "-> pre-release")
        case Version(1, minor, 0) if minor >= 10:
            print(v, "-> late 1.x")
        case Version(major=1):
            print(v, "-> 1.x")
        case _:
            print(v, "-> other")
try:
    Version(1) < "2"
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) > 0
except TypeError as e:
    print("TypeError:", e)


class Unhashable(Version):
    __hash__ = None


try:
    {Unhashable(1)}
except TypeError as e:
    print("TypeError:", e)
