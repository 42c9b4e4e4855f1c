# NotImplemented: reflected fallback and the resulting error messages
class A:
    def __lt__(self, o):
        if isinstance(o, A):
            return True
        return NotImplemented

    def __add__(self, o):
        return NotImplemented

class B:
    pass

class G:
    def __gt__(self, o):
        print('G.__gt__ used')
        return True

a = A()
print(a < A())
# A.__lt__(a, g) gives NotImplemented, so Python tries the reflection G.__gt__(g, a)
print(a < G())

try:
    a < B()
except TypeError as e:
    print('TypeError:', e)

try:
    B() <= a
except TypeError as e:
    print('TypeError:', e)

try:
    B() > B()
except TypeError as e:
    print('TypeError:', e)

try:
    a >= a
except TypeError as e:
    print('TypeError:', e)

try:
    a + 1
except TypeError as e:
    print('TypeError:', e)

try:
    1 - B()
except TypeError as e:
    print('TypeError:', e)

try:
    B() * 2
except TypeError as e:
    print('TypeError:', e)

# == and != never raise: they fall back to identity
b = B()
print(b == b, b == B(), b != B(), a == 5, a != 5)
print(NotImplemented)
