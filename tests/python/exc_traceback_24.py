# OverflowError from math.exp
import math
for x in [1, 10, 100, 700]:
    print(x, math.exp(x) > 1)
print(math.exp(-1000), math.exp(0))
print(round(math.exp(709) / 1e307, 6))
limit = 709
while limit < 712:
    print('trying', limit)
    limit += 1
print(math.exp(1000))
