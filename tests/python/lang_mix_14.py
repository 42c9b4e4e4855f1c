# Descriptors with __set_name__ validating fields of a record class
class Field:
    def __init__(self, *, default=None, kind=object):
        self.default = default
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        self.validate(value)
        setattr(obj, self.slot, value)

    def validate(self, value):
        pass


class Positive(Field):
    def validate(self, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")


class Choice(Field):
    def __init__(self, *options, **kw):
        super().__init__(kind=str, **kw)
        self.options = options

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.name} must be one of {', '.join(self.options)}")


class Record:
    def __init__(self, **kwargs):
        for name in self._fields:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
        if kwargs:
            raise TypeError(f"unknown fields: {sorted(kwargs)}")

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"


class Order(Record):
    item = Field(kind=str, default="?")
    qty = Positive(kind=int, default=1)
    price = Positive(kind=float, default=0.0)
    size = Choice("S", "M", "L", default="M")


print(Order._fields)
o = Order(item="shirt", qty=2, price=9.5, size="L")
print(o)
print(Order(item="hat"))
print(type(Order.qty).__name__, Order.size.options, Order.qty.slot)
o.qty = 5
print(o.qty, o._qty, sorted(vars(o)))
for attr, value in [("qty", 0), ("qty", "3"), ("price", 3), ("size", "XL"), ("item", None)]:
    try:
        setattr(o, attr, value)
    except (TypeError, ValueError) as e:
        print(f"{attr}={value!r}: {type(e).__name__}: {e}")
try:
    Order(colour="red", item="x")
except TypeError as e:
    print("TypeError:", e)
print(o)


class Plain:
    x = Field(default=42)


p = Plain()
print(p.x)
p.x = "anything"
print(p.x, Plain.x.name, Plain._fields)
del p._x
print(p.x)
