# Inheriting from object explicitly, and __bases__
class Old:
    pass

class New(object):
    pass

print(Old.__bases__, New.__bases__)
print(Old.__mro__)
print(New.__mro__)
print(Old.__bases__ == New.__bases__)
print(issubclass(Old, object), isinstance(Old(), object))
print(object.__bases__, object.__mro__)

class Child(New):
    pass

print(Child.__bases__)
print(len(Child.__mro__))

class Multi(Old, New):
    pass

print(Multi.__bases__)
print(Multi.__mro__)

# methods inherited from object are available on every instance
o = Old()
print(o == o, o != o, o == Old())
print(type(o.__str__()).__name__, Old.__init__ is object.__init__)
