# property with only a getter: computed attribute, read-only
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        print('computing diameter')
        return self.r * 2

    @property
    def area_int(self):
        return 3 * self.r * self.r

c = Circle(5)
print(c.diameter)
c.r = 7
print(c.diameter, c.area_int)
print(type(Circle.diameter).__name__)
print('diameter' in c.__dict__)

try:
    c.diameter = 10
except AttributeError as e:
    print('AttributeError:', e)

try:
    del c.diameter
except AttributeError as e:
    print('AttributeError:', e)

# a property's getter raising AttributeError looks like a missing attribute
class Lazy:
    @property
    def value(self):
        raise AttributeError('value not ready')

print(hasattr(Lazy(), 'value'), getattr(Lazy(), 'value', 'fallback'))
# the property object is what the class attribute holds
print(Circle.diameter.fget(c))
