# range() beyond 64 bits: bounds, lengths, indexing, slicing, membership,
# iteration, reversal, equality, and len() overflowing like CPython's.
e = 10 ** 20
r = range(e, e + 10, 3)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], list(r))
print(e + 3 in r, e + 4 in r, e - 3 in r, 5 in r, 3.0 in range(5))
print(list(reversed(r)), sum(r), max(r), min(r), bool(r), bool(range(e, e)))
down = range(-e, -e - 7, -2)
print(down, len(down), list(down), down[2], -e - 6 in down, -e - 5 in down)
huge = range(2 ** 64)
print(huge, huge[-1], huge[2 ** 63], 2 ** 64 - 1 in huge, 2 ** 64 in huge, bool(huge))
print(huge[10:13], huge[-3:], range(2 ** 70)[5:2 ** 66:2 ** 60])
try:
    len(huge)
except OverflowError as ex:
    print("OverflowError:", ex)
try:
    huge[2 ** 64]
except IndexError as ex:
    print("IndexError:", ex)
# Bounds that fit 64 bits but whose length does not.
wide = range(-2 ** 63, 2 ** 63 - 1)
print(wide[0], wide[-1], wide[2 ** 63])
try:
    len(wide)
except OverflowError as ex:
    print("OverflowError:", ex)
# Slices of i64 ranges whose new bounds leave 64 bits.
edge = range(2 ** 62, 2 ** 63 - 1, 2 ** 61)
print(list(edge), edge[::-1], list(edge[::-1]))
print(range(e, e + 3) == range(e, e + 3), range(e, e) == range(0), range(e, e + 1) == range(e, e + 1, 5))
print(range(3) == range(0, 3, 1), range(0, 2 ** 64) == range(0, 2 ** 64))
it = iter(range(e, e + 2))
print(next(it), next(it), next(it, "done"))
total = 0
for i in range(2 ** 65, 2 ** 65 + 4):
    total += i
print(total)
try:
    range(e, e + 1, 0)
except ValueError as ex:
    print("ValueError:", ex)
