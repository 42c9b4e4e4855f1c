# RecursionError from unbounded recursion
import sys

def forever(n):
    return forever(n + 1)

def bounded(n):
    if n == 0:
        return 0
    return bounded(n - 1)

print('limit', sys.getrecursionlimit())
print('bounded', bounded(100))
print('starting')
forever(0)
print('not reached')
