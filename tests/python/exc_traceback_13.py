# RecursionError where the recursive call is part of a larger expression
def depth(n):
    if n < 0:
        return 0
    return 1 + depth(n + 1)

print(depth(-1), depth(-100))
print('now recursing without a base case')
print(depth(-5))
print(depth(0))
