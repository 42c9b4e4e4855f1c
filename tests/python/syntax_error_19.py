# A class header inside a function with no indented body after it
def helper():
    class Point:
    x = 0
    return Point

print(helper())
