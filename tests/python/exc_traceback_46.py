# IndexError: tuple index out of range
point = (3, 4)
print(point[0], point[1], point[-1], point[-2])
x, y = point
print(x * x + y * y)
print(point[5:], point[:5])
triple = point + (5,)
print(triple, triple[2])
print(len(point), point[-1], 3 in point)
print(point[2])
