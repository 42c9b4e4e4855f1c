# Inheritance of fields, default ordering rules and keyword-only fields.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class Base:
    x: int
    y: int = 10


@dataclass
class Derived(Base):
    z: int = 20
    x: int = 1  # overriding keeps the original position


print([f.name for f in fields(Derived)])
print(Derived())
print(Derived(5, 6, 7))
print(Derived.__doc__)


@dataclass
class Mixed(Base):
    label: str = 'm'


print(Mixed(1), Mixed.__match_args__)


# A non-dataclass in the middle contributes nothing.
class Plain(Base):
    extra = 'plain'


@dataclass
class Top(Plain):
    w: int = 0


print(Top(1, 2, 3), Top.extra)

# A non-default field after a default one.
try:
    @dataclass
    class Broken(Base):
        z: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Broken2:
        a: int = 1
        b: str
except TypeError as e:
    print(type(e).__name__, e)


# ... unless it is keyword-only.
@dataclass
class KwOk(Base):
    z: int = field(kw_only=True)


print(KwOk(1, z=3), KwOk.__doc__, KwOk.__match_args__)
try:
    KwOk(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
    name: str = 'opt'


print(Options(level=3), Options.__doc__, Options.__match_args__)
try:
    Options(True, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = 'GET'
    timeout: float
    retries: int = field(default=3, kw_only=False)


print(Request('http://x', timeout=1.5))
print(Request('http://y', method='POST', timeout=2, retries=0))
print(Request.__doc__)
print([(f.name, f.kw_only) for f in fields(Request)])
print(Request.__match_args__)

try:
    @dataclass
    class TwoKwOnly:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print(type(e).__name__, e)


# Keyword-only fields of the base go after all positional fields.
@dataclass
class KBase:
    a: int
    _: KW_ONLY
    b: int = 2


@dataclass
class KChild(KBase):
    c: int = 3
    d: int = field(kw_only=True, default=4)


print(KChild(1), KChild(1, 5, b=6, d=7))
print(KChild.__doc__)
print(KChild.__match_args__)


# A field can be redefined with a different default and field options.
@dataclass
class A:
    items: list = field(default_factory=list)
    flag: bool = False


@dataclass
class B(A):
    items: list = field(default_factory=lambda: [1, 2])
    flag: bool = field(default=True, repr=False)


print(A(), B(), B([9]))


# Multiple inheritance: fields collected in reverse MRO order.
@dataclass
class P1:
    a: int = 1


@dataclass
class P2:
    b: int = 2


@dataclass
class Both(P1, P2):
    c: int = 3


print(Both(), [f.name for f in fields(Both)])


# Class variables (no annotation) are not fields.
@dataclass
class Counter:
    count = 0
    step: int = 1

    def bump(self):
        Counter.count += self.step
        return Counter.count


c = Counter(5)
print(c, c.bump(), c.bump(), [f.name for f in fields(Counter)])


# A field without annotation is an error.
try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)

# Defaults given as field() with both default and factory.
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
