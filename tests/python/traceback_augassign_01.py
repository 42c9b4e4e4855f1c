d = {}
try:
    d["k"] += 1
except KeyError as e:
    print("KeyError", e)
t = (1,)
t[0] += 1
