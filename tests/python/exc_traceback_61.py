# RecursionError under a lowered recursion limit
import sys
sys.setrecursionlimit(60)
print(sys.getrecursionlimit())

def down(n):
    return down(n - 1)

def start():
    return down(0)

start()
