# getrecursionlimit / setrecursionlimit
import sys

old = sys.getrecursionlimit()
print(type(old).__name__, old)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(200))
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))

sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(2000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (1.5, '10', None):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit() == old)

# the limit applies to runaway recursion of methods, too
class Node:
    def walk(self):
        return self.walk()
try:
    Node().walk()
except RecursionError as e:
    print('method:', e)
