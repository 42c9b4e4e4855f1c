# ValueError: math domain error
import math
for x in [4.0, 2.0, 0.0]:
    print(x, math.sqrt(x))
print(math.sqrt(10 ** 10), math.isqrt(99))
print(math.log(1.0), math.log10(100))
value = 3.0 - 4.0
print('taking the square root of', value)
print(math.sqrt(value))
print('not reached')
