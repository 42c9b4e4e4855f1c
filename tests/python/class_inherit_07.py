# An inconsistent MRO is a TypeError at class creation
class A: pass
class B(A): pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

try:
    class R(P, Q):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    class D(A, A):
        pass
except TypeError as e:
    print('TypeError:', e)

# the failed class statements did not bind names
print('C' in globals(), 'R' in globals(), 'D' in globals())

# the consistent order works
class C2(B, A):
    pass

names = []
for c in C2.__mro__:
    names.append(c.__name__)
print(names)
