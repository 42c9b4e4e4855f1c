# TypeError: object is not subscriptable
def first(x):
    print('first of', repr(x))
    return x[0]

print(first([9, 8]))
print(first('str'))
print(first((7,)))
print(first(range(3, 9)))
print(first({0: 'zero key'}))
print(first(12345))
