# TypeError: missing required positional argument
def area(width, height):
    return width * height

print(area(2, 3))
print(area(width=4, height=5))
print(area(6, height=0.5))
shapes = [(1, 2), (3, 4)]
for w, h in shapes:
    print(w, h, area(w, h))
print(area(7))
