# __class__, __name__, __qualname__, __module__, type(obj) is C
class Shape:
    def area(self):
        return 0

    class Inner:
        def method(self):
            return 'inner'

s = Shape()
print(type(s) is Shape, s.__class__ is Shape)
print(Shape.__name__, Shape.__qualname__, Shape.__module__)
print(Shape.area.__name__, Shape.area.__qualname__)
print(Shape.Inner.__name__, Shape.Inner.__qualname__)
print(Shape.Inner.method.__qualname__)
print(type(s).__name__, s.__class__.__name__)
print(Shape)
print(Shape.Inner)
print(type(Shape), type(Shape) is type)
print(repr(Shape))
print(str(Shape.Inner))

def make():
    class Local:
        def hello(self):
            return 'hi'
    return Local

L = make()
print(L.__name__, L.__qualname__)
print(L.hello.__qualname__)
print(L().hello())
print(type(L()) is L, type(L()) is Shape)

# a fresh class statement creates a distinct class
L2 = make()
print(L is L2, L.__name__ == L2.__name__)
print(type(3) is int, type(s) is object)
