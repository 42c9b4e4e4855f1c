# Physical quantities with units: numbers ABCs, fractions, operator overloading with
# NotImplemented, __format__, __hash__, functools.total_ordering, math.isclose.
import functools
import math
import numbers
import operator
from collections import Counter
from fractions import Fraction
from typing import Dict, Tuple

BASE_UNITS = ("m", "kg", "s", "A")
PREFIXES = {"k": 1000, "c": Fraction(1, 100), "m": Fraction(1, 1000), "": 1}
DERIVED: Dict[str, Tuple[Fraction, Dict[str, int]]] = {
    "N": (Fraction(1), {"kg": 1, "m": 1, "s": -2}),
    "J": (Fraction(1), {"kg": 1, "m": 2, "s": -2}),
    "W": (Fraction(1), {"kg": 1, "m": 2, "s": -3}),
    "h": (Fraction(3600), {"s": 1}),
    "min": (Fraction(60), {"s": 1}),
    "g": (Fraction(1, 1000), {"kg": 1}),
}


class UnitError(TypeError):
    pass


def parse_unit(text: str) -> Tuple[Fraction, Dict[str, int]]:
    scale, dims = Fraction(1), Counter()
    for sign, part in _split(text):
        name, _, power = part.partition("^")
        power = int(power or 1) * sign
        factor, base = _lookup(name)
        scale *= factor ** power
        for dim, p in base.items():
            dims[dim] += p * power
    return scale, {d: p for d, p in sorted(dims.items()) if p}


def _split(text):
    sign = 1
    for chunk in text.replace("/", " / ").replace("*", " ").split():
        if chunk == "/":
            sign = -1
            continue
        yield sign, chunk


def _lookup(name: str):
    if name in DERIVED:
        return DERIVED[name]
    if name in BASE_UNITS:
        return Fraction(1), {name: 1}
    for prefix, factor in PREFIXES.items():
        if prefix and name.startswith(prefix) and len(name) > len(prefix):
            scale, dims = _lookup(name[len(prefix):])
            return scale * factor, dims
    raise UnitError(f"unknown unit {name!r}")


def dims_str(dims: Dict[str, int]) -> str:
    if not dims:
        return "1"
    return "*".join(d if p == 1 else f"{d}^{p}" for d, p in sorted(dims.items()))


@functools.total_ordering
class Quantity:
    __slots__ = ("value", "dims")

    def __init__(self, value, unit: str = ""):
        scale, dims = parse_unit(unit) if unit else (Fraction(1), {})
        self.value = Fraction(value) * scale
        self.dims = dims

    @classmethod
    def _raw(cls, value, dims):
        q = cls.__new__(cls)
        q.value, q.dims = value, {d: p for d, p in sorted(dims.items()) if p}
        return q

    def _check(self, other):
        if not isinstance(other, Quantity):
            if isinstance(other, numbers.Real) and not self.dims:
                return Quantity._raw(Fraction(other), {})
            return None
        if other.dims != self.dims:
            raise UnitError(f"incompatible units: {dims_str(self.dims)} vs {dims_str(other.dims)}")
        return other

    def __add__(self, other):
        other = self._check(other)
        if other is None:
            return NotImplemented
        return Quantity._raw(self.value + other.value, self.dims)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._check(other)
        if other is None:
            return NotImplemented
        return Quantity._raw(self.value - other.value, self.dims)

    def __mul__(self, other):
        if isinstance(other, numbers.Real):
            return Quantity._raw(self.value * Fraction(other), self.dims)
        if not isinstance(other, Quantity):
            return NotImplemented
        dims = Counter(self.dims)
        dims.update(other.dims)
        return Quantity._raw(self.value * other.value, dims)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, numbers.Real):
            return Quantity._raw(self.value / Fraction(other), self.dims)
        if not isinstance(other, Quantity):
            return NotImplemented
        dims = Counter(self.dims)
        dims.subtract(other.dims)
        return Quantity._raw(self.value / other.value, dims)

    def __rtruediv__(self, other):
        return Quantity._raw(Fraction(other), {}) / self

    def __pow__(self, n: int):
        return Quantity._raw(self.value ** n, {d: p * n for d, p in self.dims.items()})

    def __neg__(self):
        return Quantity._raw(-self.value, self.dims)

    def __abs__(self):
        return Quantity._raw(abs(self.value), self.dims)

    def __bool__(self):
        return self.value != 0

    def __eq__(self, other):
        try:
            other = self._check(other)
        except UnitError:
            return False
        return other is not None and self.value == other.value

    def __lt__(self, other):
        other = self._check(other)
        if other is None:
            return NotImplemented
        return self.value < other.value

    def __hash__(self):
        return hash((self.value, tuple(self.dims.items())))

    def to(self, unit: str) -> float:
        scale, dims = parse_unit(unit)
        if dims != self.dims:
            raise UnitError(f"cannot convert {dims_str(self.dims)} to {unit}")
        return float(self.value / scale)

    def __format__(self, spec: str) -> str:
        spec, _, unit = spec.partition("@")
        if unit:
            return f"{format(self.to(unit), spec)} {unit}"
        return f"{format(float(self.value), spec)} {dims_str(self.dims)}"

    def __repr__(self):
        return f"Quantity({self.value}, {dims_str(self.dims)!r})"


def main():
    d = Quantity(42, "km")
    t = Quantity(1.5, "h")
    v = d / t
    print(v, f"{v:.3f@km/h}", f"{v:.4f}", f"{v:.2f@m/s}")
    mass = Quantity(1200, "kg")
    energy = mass * v ** 2 / 2
    print(f"kinetic energy: {energy:,.1f@J} = {energy:.2f@kJ}")
    power = energy / Quantity(8, "s")
    print(f"power: {power:.1f@W} dims={dims_str(power.dims)}")
    force = Quantity(10, "N")
    print(force == Quantity(10000, "g*m/s^2"), force == Quantity(10, "J"), force != 3)
    lap = Quantity(90, "s")
    laps = [Quantity(1, "min") + Quantity(25, "s"), lap, Quantity(0.025, "h"), Quantity(88000, "ms")]
    print([f"{x:.0f@s}" for x in sorted(laps)], f"{max(laps):g@min}", f"{min(laps):.1f@s}")
    print("sum:", f"{sum(laps, Quantity(0, 's')):.2f@min}", "mean:", f"{sum(laps, Quantity(0, 's')) / len(laps):.2f@s}")
    print(len({Quantity(1, "km"), Quantity(1000, "m"), Quantity(100000, "cm")}), hash(Quantity(2)) == hash(Quantity(2)))

    ratio = Quantity(3, "m") / Quantity(50, "cm")
    print(ratio, ratio + 1, 2 * ratio, ratio > 5, bool(Quantity(0, "m")), abs(-Quantity(2, "s")))
    inv = 1 / Quantity(4, "s")
    print(inv, f"{inv:.2f}")
    for bad in [lambda: d + t, lambda: Quantity(1, "furlong"), lambda: d.to("s"),
                lambda: d < t, lambda: d + 5, lambda: d * "x"]:
        try:
            print("result:", bad())
        except TypeError as e:
            print(type(e).__name__, e)
    print(isinstance(Fraction(1, 3), numbers.Rational), isinstance(1.5, numbers.Rational),
          isinstance(True, numbers.Integral), issubclass(Quantity, numbers.Number))
    numbers.Number.register(Quantity)
    print(issubclass(Quantity, numbers.Number), isinstance(d, numbers.Real))
    print(parse_unit("kW*h"), parse_unit("m/s^2"), parse_unit("mm^2/ks"))
    print(math.isclose(Quantity(1, "h").to("s"), 3600), math.isclose(0.1 + 0.2, 0.3),
          math.isclose(1e-10, 0, abs_tol=1e-9), operator.lt(Quantity(1, "m"), Quantity(2, "m")))


main()
