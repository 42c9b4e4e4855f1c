# Counter: multiset arithmetic and comparisons.
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a, -b)

x = Counter(a=3, b=1)
x += Counter(a=-3, c=2)
print(x)
x -= Counter(c=5)
print(x)
x |= Counter(b=7, z=0)
print(x)
x &= Counter(b=2, q=1)
print(x)

for op in ["__add__", "__sub__", "__or__", "__and__"]:
    print(op, getattr(Counter(a=1), op)({"a": 1}))
try:
    Counter(a=1) + {"a": 1}
except TypeError:
    print("Counter + dict: TypeError")
try:
    Counter(a=1) - 1
except TypeError:
    print("Counter - int: TypeError")

# comparisons treat missing elements as zero
p = Counter(a=1, b=2)
q = Counter(a=1, b=2, c=0)
r = Counter(a=2, b=3)
print(p == q, p != q, p <= r, p < r, r >= p, r > p, p < q, p <= q)
print(Counter(a=1) == {"a": 1}, Counter() == Counter(x=0))
try:
    Counter() < {"a": 1}
except TypeError:
    print("Counter < dict: TypeError")

# shopping: needs versus stock
needed = Counter(eggs=6, flour=2, milk=1)
stock = Counter(eggs=4, flour=5, sugar=1)
print("to buy:", needed - stock)
print("can use:", needed & stock)
print("after cooking:", stock - needed)
print("all items:", sorted((needed | stock).elements()))
print(sorted((needed + stock).items()))
