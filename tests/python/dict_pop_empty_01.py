d = {}
print(d.pop([1], 5))
try:
    d.pop([1])
except KeyError as e:
    print("KeyError", e)
d[1] = 2
try:
    d.pop([1])
except TypeError as e:
    print("TypeError", e)
