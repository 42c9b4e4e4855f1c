# User descriptors: __get__ / __set__ / __delete__, data vs non-data
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'descriptor for ' + self.name + ' on ' + objtype.__name__
        return obj.__dict__.get(self.name, 'unset')

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + ' must be ' + self.kind.__name__)
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print('delete', self.name)
        del obj.__dict__[self.name]

class Person:
    name = Typed('name', str)
    age = Typed('age', int)

p = Person()
print(p.name, p.age)
p.name = 'Ann'
p.age = 30
print(p.name, p.age, p.__dict__)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
print(Person.name)
# data descriptor wins even over an entry in the instance dict
p.__dict__['age'] = 'sneaky'
print(p.age)
del p.age
print(p.age)

# a non-data descriptor (only __get__) is shadowed by the instance dict
class Constant:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'

class Holder:
    c = Constant()

h = Holder()
print(h.c, Holder.c)
h.c = 'from instance'
print(h.c, Holder.c)
del h.c
print(h.c)
