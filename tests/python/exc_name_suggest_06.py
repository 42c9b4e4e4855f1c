# AttributeError on a module attribute
import math
print(math.floor(2.5), math.ceil(2.5))
print(round(math.pi, 3))
root = math.sqr(16)
print(root)
