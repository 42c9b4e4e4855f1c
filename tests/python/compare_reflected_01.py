class C:
    def __eq__(self, o): return True
print(C() != 1, 1 != C(), C() == 1, 1 == C())
class A:
    def __eq__(self, o): print("A.eq", end=" "); return NotImplemented
class B(A):
    def __eq__(self, o): print("B.eq", end=" "); return NotImplemented
print(A() != B())
print(A() == B())
class N:
    def __ne__(self, o): return "custom"
print(N() != 3, 3 != N(), N() == N())
class I(int):
    def __eq__(self, o): return "I.eq"
print(I(3) == 3, 3 == I(3), I(3) != 3, I(3) < 4, 5 > I(3))
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(P(1) < P(2), P(2) > P(1), sorted([P(3), P(1)], key=lambda p: p)[0].v)
try:
    P(1) <= P(2)
except TypeError as e:
    print("TypeError", e)
class Q(P):
    def __gt__(self, o): print("Q.gt", end=" "); return NotImplemented
print(P(1) < Q(2))
x = object()
print(x == x, x != x, x != object())
