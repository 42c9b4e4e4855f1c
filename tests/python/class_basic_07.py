# __dict__ of instances and vars()
class Rec:
    kind = 'record'

    def __init__(self, a, b):
        self.a = a
        self.b = b

r = Rec(1, 'two')
print(r.__dict__)
r.c = [3]
print(r.__dict__)
r.a = 10
print(r.__dict__)
del r.b
print(r.__dict__)
print(vars(r) is r.__dict__)
print(sorted(r.__dict__.items()))
print('kind' in r.__dict__, 'kind' in Rec.__dict__, r.kind)

# writing into __dict__ creates attributes
r.__dict__['d'] = 4.5
print(r.d)
r.__dict__['a'] = -1
print(r.a)
print(list(r.__dict__.keys()))

class Bare:
    pass

empty = Bare()
print(empty.__dict__)
empty.z = 0
print(empty.__dict__, Bare().__dict__)
print(Rec.__dict__['kind'], type(Rec.__dict__['__init__']).__name__)
