# del of names, attributes, subscripts and slices
x = 1
y = [x, 2]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print(y)

a, b, c = 1, 2, 3
del a, (b, c)
print("a" in dir(), "b" in dir(), "c" in dir())

nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums, len(nums))
letters = list("abcdefgh")
del letters[::-3]
print(letters)
try:
    del letters[10]
except IndexError as e:
    print("IndexError:", e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Obj:
    cls_attr = "class"

    def __init__(self):
        self.inst = "instance"


o = Obj()
o.cls_attr = "shadow"
print(o.cls_attr)
del o.cls_attr
print(o.cls_attr)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del o.inst
print(hasattr(o, "inst"), vars(o))


class Tracker:
    def __delitem__(self, key):
        print("  __delitem__", key)

    def __delattr__(self, name):
        print("  __delattr__", name)


t = Tracker()
del t[1:5:2]
del t["k"], t[0]
del t.anything


def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(local_del())
for i in range(3):
    pass
del i
print("i" in globals())
t2 = (1, 2)
try:
    del t2[0]
except TypeError as e:
    print("TypeError:", e)
