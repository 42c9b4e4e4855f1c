# Recursion depth near the limit
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(sys.getrecursionlimit())
print(depth(10), depth(100), depth(900))

def sum_list(lst, i):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)

print(sum_list(list(range(500)), 0))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2500))

def count_down(n):
    try:
        return count_down(n + 1)
    except RecursionError:
        return n

r = count_down(0)
print(r > 100, r < 3000)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
