# make_dataclass(), fields() errors, is_dataclass() and Field objects.
from dataclasses import make_dataclass, field, fields, is_dataclass, dataclass, Field, MISSING

Point3 = make_dataclass('Point3', [('x', int), ('y', int), ('z', int, field(default=0))])
p = Point3(1, 2)
print(p, Point3.__name__, Point3.__qualname__, Point3.__doc__)
print(is_dataclass(Point3), [f.name for f in fields(Point3)])

Loose = make_dataclass('Loose', ['a', 'b'])
print(Loose(1, [2]), fields(Loose)[0].type)


def area(self):
    return self.w * self.h


Rect = make_dataclass('Rect', [('w', float), ('h', float)],
                      namespace={'area': area, 'unit': 'cm'},
                      frozen=True, order=True)
r = Rect(2.0, 3.5)
print(r, r.area(), Rect.unit, r < Rect(3, 0), hash(r) == hash(Rect(2.0, 3.5)))


@dataclass
class Base:
    ident: int


Child = make_dataclass('Child', [('name', str, field(default='anon'))], bases=(Base,))
print(Child(7), Child(8, 'bob'), issubclass(Child, Base))

KwOnly = make_dataclass('KwOnly', [('a', int), ('b', int)], kw_only=True)
print(KwOnly(a=1, b=2), KwOnly.__match_args__)
try:
    KwOnly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

bad_specs = [
    [('a', int), ('a', str)],
    [('class', int)],
    [('1abc', int)],
    [(3, int)],
    [('a', int, 5, 'extra')],
    [('ok', int), ('x y', int)],
]
for spec in bad_specs:
    try:
        make_dataclass('Bad', spec)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    make_dataclass('Bad', [('a', int, 5), ('b', int)])
except TypeError as e:
    print(type(e).__name__, e)

for obj in (3, 'text', int, Base, Base(1), [Base(1)], make_dataclass):
    try:
        print(len(fields(obj)))
    except TypeError as e:
        print(type(e).__name__, e)
print([is_dataclass(o) for o in (Base, Base(1), Child, None, type, Field)])

# Field objects and their attributes.
f = field(default=3, repr=False, metadata={'unit': 'm'})
print(type(f).__name__, f.default, f.repr, f.hash, f.compare, f.init)
print(f.metadata, f.metadata['unit'], len(f.metadata), dict(f.metadata))
try:
    f.metadata['unit'] = 'cm'
except TypeError as e:
    print(type(e).__name__)
print(f.kw_only is MISSING, f.default_factory is MISSING, f.name, f.type)


@dataclass
class Measured:
    length: float = field(default=0.0, metadata={'unit': 'm', 'min': 0})
    count: int = 0


mf = fields(Measured)
print(mf[0].metadata, mf[1].metadata, mf[0].name, mf[0].type)
print(mf[0]._field_type, mf[0].kw_only, Measured.__dataclass_params__)
print(Measured.__dataclass_params__.frozen, Measured.__dataclass_params__.eq)

# Subclassing a make_dataclass product with @dataclass.
Pt = make_dataclass('Pt', [('x', int, 0), ('y', int, 0)])


@dataclass
class Pt3(Pt):
    z: int = 0


print(Pt3(1, 2, 3), Pt3.__doc__)
