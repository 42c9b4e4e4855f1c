# asdict() and astuple(): recursive conversion of nested structures.
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


class Pair(tuple):
    """A minimal named tuple: rebuilt from positional arguments."""
    _fields = ('first', 'second')

    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))

    def __repr__(self):
        return f'Pair(first={self[0]!r}, second={self[1]!r})'


home = Address('1 Main St', 'Springfield')
p = Person('Homer', 39, home, ['555-1234', '555-9876'],
           {'job': 'safety', 'kids': [Address('x', 'y')]})
d = asdict(p)
print(d)
print(type(d['address']).__name__, d['phones'] is not p.phones, d['meta']['kids'])
print(astuple(p))

# The result is a copy: mutating it does not touch the instance.
d['phones'].append('000')
d['address']['city'] = 'Shelbyville'
print(p.phones, p.address.city)


@dataclass
class Holder:
    pair: Pair
    items: tuple
    nested: list


h = Holder(Pair(Address('a', 'b'), 2), (Address('c', 'd'), 3), [[Address('e', 'f')], ()])
print(asdict(h))
print(astuple(h))
print(type(asdict(h)['pair']).__name__, type(astuple(h)[0]).__name__)


# dict_factory / tuple_factory.
def ordered_pairs(items):
    return [(k.upper(), v) for k, v in items]


print(asdict(home, dict_factory=ordered_pairs))
print(astuple(home, tuple_factory=list))
print(asdict(p, dict_factory=lambda kv: {k: v for k, v in kv if k != 'meta'}))


# Non-fields (ClassVar, init-only attributes) are not included; init=False
# fields are.
@dataclass
class Stats:
    values: list
    mean: float = field(init=False)

    def __post_init__(self):
        self.mean = sum(self.values) / len(self.values)
        self.spare = 'not a field'


s = Stats([1, 2, 3, 6])
print(asdict(s), astuple(s))


# Dict keys that are dataclasses are converted too (frozen => hashable).
@dataclass(frozen=True)
class Key:
    k: int


@dataclass
class Mapping:
    table: dict


try:
    print(asdict(Mapping({Key(1): 'one'})))
except TypeError as e:
    print(type(e).__name__, e)
print(astuple(Mapping({Key(1): 'one', 'plain': [Key(2)]})))

# Errors.
for bad in (home.__class__, 42, {'a': 1}, None):
    try:
        asdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        astuple(bad)
    except TypeError as e:
        print(type(e).__name__, e)


# Objects that are not containers are deep-copied.
class Blob:
    def __init__(self, data):
        self.data = data

    def __repr__(self):
        return f'Blob({self.data!r})'


@dataclass
class WithBlob:
    blob: Blob


wb = WithBlob(Blob([1, 2]))
out = asdict(wb)
out['blob'].data.append(3)
print(wb.blob, out['blob'], out['blob'] is wb.blob)
