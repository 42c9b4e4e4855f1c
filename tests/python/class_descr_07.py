# __set_name__ tells a descriptor its attribute name
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.store = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.store, None)

    def __set__(self, obj, value):
        print('store', self.name, value)
        setattr(obj, self.store, value)

print('defining')

class Row:
    a = Field()
    b = Field()

    def __init__(self, a, b):
        self.a = a
        self.b = b

print('defined')
r = Row(1, 'two')
print(r.a, r.b, r.__dict__)
print(Row.a.name, Row.b.store)
print(Row(3, 4).a)
