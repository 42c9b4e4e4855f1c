# TypeError: unexpected keyword argument
def scale(value, factor=2):
    return value * factor

print(scale(3))
print(scale(3, factor=10))
print(scale(value=1.5))
print(scale(factor=0.5, value=8))
print(scale('ab', 3))
print(scale(3, fctor=10))
