x = 1
if x is 1:
    print("is one")
print(x is not "a", x is None, x is True, x is ...)
def f(y):
    return y is 2.5
print(f(2.5))
