# Class decorators: functions that take a class and return a class
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_greeting(cls):
    def greet(self):
        return 'hello from ' + type(self).__name__
    cls.greet = greet
    cls.decorated = True
    return cls

def replace(cls):
    class Other:
        original = cls.__name__
    return Other

@register
class A:
    pass

@register
@add_greeting
class B:
    pass

@replace
class C:
    pass

print(registry)
print(B().greet(), B.decorated)
print(hasattr(A, 'greet'), hasattr(B, 'greet'))
print(C.__name__, C.original)

order = []

def first(cls):
    order.append('first')
    cls.tag = 'first'
    return cls

def second(cls):
    order.append('second')
    cls.tag = 'second'
    return cls

@first
@second
class D:
    pass

print(order, D.tag)
