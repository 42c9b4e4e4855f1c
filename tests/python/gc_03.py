# get_threshold / set_threshold / get_count
import gc

orig = gc.get_threshold()
print(type(orig).__name__, len(orig), orig)
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(1000, 15, 5)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(*orig)
print(gc.get_threshold() == orig)

try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.set_threshold('x')
except TypeError as e:
    print(type(e).__name__, e)
print(gc.get_threshold() == orig)

c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(i, int) and i >= 0 for i in c))
gc.collect()
print(gc.get_count()[2] == 0)
