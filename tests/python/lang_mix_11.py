# A Vector class with __format__ delegating to float formatting
import math


class Vector:
    def __init__(self, *coords):
        self.coords = tuple(float(c) for c in coords)

    def __iter__(self):
        return iter(self.coords)

    def __len__(self):
        return len(self.coords)

    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(c * k for c in self))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __bool__(self):
        return bool(abs(self))

    def __repr__(self):
        return "Vector(" + ", ".join(repr(c) for c in self) + ")"

    def __str__(self):
        return "(" + ", ".join(str(c) for c in self) + ")"

    def __format__(self, spec):
        if spec.endswith("p"):
            spec = spec[:-1]
            r = format(abs(self), spec)
            angle = math.atan2(self.coords[1], self.coords[0])
            return f"<{r}, {format(angle, spec)}>"
        if spec.endswith("|"):
            spec = spec[:-1]
            return "|" + "|".join(format(c, spec) for c in self) + "|"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"


v = Vector(3, 4)
w = Vector(1, -2.5)
print(v, repr(w))
print(f"{v}")
print(f"{v:.2f}")
print(f"{v:8.3f}")
print(f"{w:+.1e}")
print(f"{v:.3fp}")
print(f"{Vector(0, 1):.4fp}")
print(f"{v:>6.1f|}")
print("{0:.1f} and {0!r} and {0!s}".format(w))
print(format(v + w, "g"), format(2 * v, ".0f"), format(-v))
print(abs(v), bool(v), bool(Vector(0, 0)), len(Vector(1, 2, 3)))
print(f"{v=}")
print(f"{abs(v)=:.1f}")
print(f"{'x':>3}{Vector(1.5, 2.25, 3.125):.2f}")
try:
    format(v, "q")
except ValueError as e:
    print("ValueError:", e)


class Plain:
    pass


p = Plain()
print(format(p, "") == str(p), format(p, "") == repr(p))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
