# A function call as an assignment target
def width():
    return 10

w = width()
print(w)
width() = 20
print(width())
