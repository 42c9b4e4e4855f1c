# InitVar, __post_init__, ClassVar, init=False fields and replace().
from dataclasses import dataclass, field, fields, replace, InitVar
from typing import ClassVar
import typing


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    opened: InitVar[str] = '2024-01-01'
    bank: ClassVar[str] = 'First Bank'
    count: typing.ClassVar[int] = 0

    def __post_init__(self, opened):
        Account.count += 1
        self.history.append(('open', opened, self.balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f'invalid amount {amount!r}')
        self.balance += amount
        self.history.append(('deposit', amount))


acct = Account('ann', 10.0, opened='2024-05-05')
acct.deposit(5)
try:
    acct.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(acct, acct.history)
print([f.name for f in fields(Account)])
print(sorted(Account.__dataclass_fields__))
print(Account.__dataclass_fields__['opened']._field_type, Account.__dataclass_fields__['bank']._field_type)
print(Account.bank, Account.count, hasattr(acct, 'opened'))
print(Account.__doc__)
print(Account.__init__.__annotations__['opened'])
print(repr(InitVar[int]), repr(InitVar[list]), InitVar[int].type)
print(Account.__match_args__)


@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)
    kelvin: float = field(init=False, default=0.0, repr=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32
        self.kelvin = self.celsius + 273.15


t = Temperature(100)
print(t, t.kelvin)
try:
    Temperature(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


# An init=False field without default is simply unset.
@dataclass
class Lazy:
    name: str
    cache: dict = field(init=False)


lz = Lazy('z')
try:
    print(lz)
except AttributeError as e:
    print(type(e).__name__, e)
lz.cache = {}
print(lz)


# replace() builds a new instance through __init__.
@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False


base = Config('localhost')
dev = replace(base, debug=True, port=8080)
print(base, dev, base is not dev)
print(replace(base))
try:
    replace(base, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(Config, port=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(t, fahrenheit=0)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(t, celsius=0))


@dataclass
class Scaled:
    value: float
    factor: InitVar[float]

    def __post_init__(self, factor):
        self.value *= factor


s = Scaled(2, 3)
print(s)
try:
    replace(s, value=5)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(s, value=5, factor=10))

# InitVar and ClassVar cannot have a default factory.
try:
    @dataclass
    class BadInit:
        x: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadClassVar:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadKw:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(type(e).__name__, e)


# A ClassVar may hold a mutable default: it is not a field.
@dataclass
class Registry:
    name: str
    entries: ClassVar[list] = []

    def __post_init__(self):
        self.entries.append(self.name)


Registry('a'), Registry('b')
print(Registry.entries, Registry('c'))


# __post_init__ inherited from a base class and chained with super().
@dataclass
class Shape:
    name: str

    def __post_init__(self):
        self.name = self.name.upper()


@dataclass
class Circle(Shape):
    radius: float = 1.0

    def __post_init__(self):
        super().__post_init__()
        self.area = round(3.14159 * self.radius ** 2, 3)


c = Circle('disk', 2)
print(c, c.area)


@dataclass
class Square(Shape):
    side: float = 1.0


print(Square('sq', 3))

# __post_init__ can validate.
@dataclass
class Percent:
    value: int

    def __post_init__(self):
        if not 0 <= self.value <= 100:
            raise ValueError(f'percent out of range: {self.value}')


print(Percent(50))
try:
    Percent(150)
except ValueError as e:
    print(type(e).__name__, e)
