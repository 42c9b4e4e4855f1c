# Multiple inheritance and the C3 method resolution order
def mro(cls):
    names = []
    for c in cls.__mro__:
        names.append(c.__name__)
    return names

class A: pass
class B: pass
class C(A, B): pass
class D(B, A): pass
print(mro(C))
print(mro(D))

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print(mro(K1))
print(mro(K2))
print(mro(K3))
print(mro(W))

class E(C, D.__mro__[2]): pass
print(mro(E))
print(mro(object))
print(mro(bool))
print(W.mro() == list(W.__mro__), type(W.__mro__).__name__)

class P:
    def who(self):
        return 'P'

class Q:
    def who(self):
        return 'Q'

    def only_q(self):
        return 'only Q'

class R(P, Q): pass
class S(Q, P): pass
print(R().who(), S().who(), R().only_q())
