for f in [str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ","), lambda v: f"{v:>10}"]:
    try:
        f(10**4300)
    except ValueError as e:
        print("ValueError", e)
print(len(str(10**4299)), len(str(-10**4299)), len(hex(10**5000)), len(f"{10**4299:d}"))
try:
    print([10**4300])
except ValueError as e:
    print("ValueError", e)
x = 1
for i in range(2, 1700):
    x *= i
try:
    print(x)
except ValueError as e:
    print("factorial", e)
