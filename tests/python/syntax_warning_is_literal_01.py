x = 1
if x is 1:
    print("is one")
print(x is not "a", x is None, x is True, x is ...)
def f(y):
    return y is 2.5
print(f(2.5))
def g():
    try:
        None()
    except TypeError as e:
        print(e)
    try:
        (1, 2)(3)
    except TypeError as e:
        print(e)
    try:
        print(5[0])
    except TypeError as e:
        print(e)
    try:
        print([1, 2][1.5])
    except TypeError as e:
        print(e)
    print((1, 2)[1], "ab"[0:1], [1, 2][True], "abc"[-1])
g()
