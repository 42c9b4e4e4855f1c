# functools.singledispatchmethod over classmethod and staticmethod, with the
# implementations registered from their annotations
from functools import singledispatchmethod, singledispatch


class Shape:
    def __init__(self, kind, size):
        self.kind = kind
        self.size = size

    def __repr__(self):
        return f'{type(self).__name__}({self.kind!r}, {self.size})'

    @singledispatchmethod
    @classmethod
    def parse(cls, spec):
        raise TypeError(f'cannot parse {type(spec).__name__}')

    @parse.register
    @classmethod
    def _(cls, spec: str):
        kind, size = spec.split(':')
        return cls(kind, int(size))

    @parse.register
    @classmethod
    def _(cls, spec: tuple):
        return cls(*spec)

    @parse.register(dict)
    @classmethod
    def _(cls, spec):
        return cls(spec['kind'], spec['size'])


class Square(Shape):
    pass


print(Shape.parse('circle:3'), Shape.parse(('box', 2)), Shape.parse({'kind': 'dot', 'size': 1}))
print(Square.parse('square:4'), Square().parse('x:1') if False else Square.parse(('sq', 9)))
try:
    Shape.parse(3.5)
except TypeError as e:
    print(type(e).__name__, e)


class Units:
    @singledispatchmethod
    @staticmethod
    def to_metres(value):
        return float(value)

    @to_metres.register
    @staticmethod
    def _(value: str):
        number, unit = value.split()
        factor = {'km': 1000.0, 'cm': 0.01, 'm': 1.0}[unit]
        return float(number) * factor

    @to_metres.register
    @staticmethod
    def _(value: list):
        return [Units.to_metres(v) for v in value]


print(Units.to_metres(3), Units.to_metres('2 km'), Units().to_metres(['5 cm', 7]))


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, value):
        return f'{self.prefix}{value!r}'

    @fmt.register
    def _(self, value: int | float):
        return f'{self.prefix}{value:.2f}'

    @fmt.register
    def _(self, value: bool):
        return f'{self.prefix}{"yes" if value else "no"}'


f = Formatter('> ')
print(f.fmt(3), f.fmt(2.5), f.fmt(True), f.fmt('s'), f.fmt(None))


@singledispatch
def area(shape):
    return 0


@area.register
def _(shape: Shape):
    return shape.size ** 2


print(area(Square('sq', 3)), area('nothing'))
try:
    area.register(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @area.register
    def _(shape):
        return -1
except TypeError as e:
    print(type(e).__name__, str(e).split(':')[0])
