# OverflowError: float infinity to int
vals = [1.5, -2.5, 1e300]
for v in vals:
    print(v, int(v) % 1000)
inf = float('inf')
print(inf, -inf, inf > 10 ** 400)
print(int(1e308) > 10 ** 307)
print(round(1e300) == int(1e300))
print('converting infinity')
print(int(float('inf')))
