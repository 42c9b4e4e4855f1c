# Attribute names built at run time (each a new string) must find their
# own attribute every time, in lookups and in stores.
class V:
    def fa(self): return "a"
    def fb(self): return "b"
    @property
    def pa(self): return "read-only"

v = V()
bad = 0
for i in range(300):
    for k in ["a", "b"]:
        if getattr(v, "f" + k)() != k:
            bad += 1
        if not hasattr(v, "f" + k):
            bad += 1
print("lookups wrong:", bad)

errors = 0
for i in range(200):
    for k in ["a", "b", "c"]:
        try:
            setattr(v, "p" + k, i)
        except AttributeError:
            errors += 1
print("stores refused:", errors, v.pb, v.pc)

g = {}
for i in range(100):
    exec(f"x{i % 7} = {i}", g)
print(sorted((k, v) for k, v in g.items() if k.startswith("x")))
