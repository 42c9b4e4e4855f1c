l = [1]; l.append(l); print(l, str(l), repr(l))
d = {}; d["d"] = d; print(d)
m = [d, l, {"x": [l]}]; print(m)
class L(list):
    pass
x = L([1]); x.append(x); print(x)
a = []; b = [a]; a.append(b); print(a, b)
print(f"{l}", "%s" % [l])
