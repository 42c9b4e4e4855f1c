# staticmethod and classmethod, including on subclasses and as constructors
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d
        type(self).created = type(self).created + 1

    def __repr__(self):
        return type(self).__name__ + '(' + str(self.y) + ', ' + str(self.m) + ', ' + str(self.d) + ')'

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def from_string(cls, s):
        parts = s.split('-')
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    @classmethod
    def which(cls):
        return cls.__name__

class MyDate(Date):
    pass

print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.from_string('2024-02-29'))
print(MyDate.from_string('1999-12-31'))
print(type(MyDate.from_string('2000-01-01')).__name__)
print(Date.which(), MyDate.which(), MyDate(1, 2, 3).which())
print(Date.created, MyDate.created)

# the raw objects in the class dict
print(type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['from_string']).__name__)
f = Date.is_leap
print(f(1996), type(f).__name__)
bound = MyDate.which
print(bound(), bound.__self__ is MyDate)

# staticmethod and classmethod applied without decorator syntax
class Util:
    def double(x):
        return x * 2
    double = staticmethod(double)

    def name(cls):
        return 'class ' + cls.__name__
    name = classmethod(name)

print(Util.double(21), Util().double('ab'), Util.name())
