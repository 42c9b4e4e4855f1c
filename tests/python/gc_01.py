# gc.collect return type, enable/disable/isenabled
import gc

n = gc.collect()
print(type(n).__name__, n >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

for gen in (0, 1, 2):
    r = gc.collect(gen)
    print(gen, type(r).__name__, r >= 0)
print(type(gc.collect(generation=2)).__name__)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    gc.collect('2')
except TypeError as e:
    print(type(e).__name__, e)

print(gc.garbage, type(gc.garbage).__name__)
print(type(gc.callbacks).__name__)

# a context manager that pauses collection and restores the previous state
class paused:
    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()
        return self
    def __exit__(self, *exc):
        if self.was:
            gc.enable()
        return False

with paused():
    print('inside', gc.isenabled())
print('outside', gc.isenabled())
gc.disable()
with paused():
    print('inside again', gc.isenabled())
print('still disabled', gc.isenabled())
gc.enable()
