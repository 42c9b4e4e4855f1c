# math: exp and logarithms
import math
print(math.exp(0), math.exp(1) == math.e, math.exp(-math.inf), math.exp(math.inf))
print(math.log(1), math.log(math.e), math.log(1024, 2), math.log(100, 10), math.log(8, 2))
print(math.log2(1), math.log2(2), math.log2(1024), math.log2(2 ** 100), math.log2(0.5))
print(math.log10(1), math.log10(10), math.log10(1000), math.log10(1e-5), math.log10(10 ** 50))
print(math.log(math.inf), math.log2(math.inf))
print(round(math.exp(2), 12), round(math.log(10), 12), round(math.exp(math.log(5)), 12))
print(round(math.log(2 ** 200), 10), round(math.log(10 ** 300, 10), 10))
for x in [0.5, 1.5, 2.0, 10.0, 1000.0]:
    print(x, round(math.log(x), 12), round(math.log2(x), 12), round(math.log10(x), 12), round(math.exp(x / 10), 12))
