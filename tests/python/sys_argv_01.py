# sys.argv and recursion limit accessors
import sys
print(sys.argv)
print(sys.argv[0])
print(len(sys.argv))
print(isinstance(sys.argv, list))
print(sys.argv[0].endswith('.py'), sys.argv[0][:-3])
limit = sys.getrecursionlimit()
print(limit)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(limit)
print(sys.getrecursionlimit() == limit)
