# NameError.name, AttributeError.name and .obj for errors the VM raises,
# and None for the ones a program raises itself.
def use_undefined():
    return undefined_thing


try:
    use_undefined()
except NameError as e:
    print(e.name, e.args)
try:
    print(missing_global)
except NameError as e:
    print(type(e).__name__, e.name)
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj, e.args)
try:
    [1, 2].appendx(3)
except AttributeError as e:
    print(e.name, e.obj)
try:
    raise NameError("made up")
except NameError as e:
    print(e.name, e.args)
try:
    raise AttributeError("made up")
except AttributeError as e:
    print(e.name, e.obj, e.args)
import math
try:
    math.tau2
except AttributeError as e:
    print(e.name, e.obj is math)
