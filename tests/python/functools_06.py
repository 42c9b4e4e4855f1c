# functools.singledispatch: registration styles and dispatch on the MRO.
from functools import singledispatch


@singledispatch
def describe(obj):
    return "object: %r" % (obj,)


@describe.register
def _(obj: int):
    return "int: %d" % obj


@describe.register(float)
def _describe_float(obj):
    return "float: %.2f" % obj


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "sequence of %d: %s" % (len(obj), ", ".join(describe(x) for x in obj))


def describe_str(obj, *, upper=False):
    return "str: " + (obj.upper() if upper else obj)


result = describe.register(str, describe_str)
print(result is describe_str)


@describe.register
def _(obj: dict | set):
    return "collection of %d" % len(obj)


@describe.register
def _(obj: None):
    return "nothing"


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@describe.register
def _(obj: Animal):
    return "animal " + type(obj).__name__


@describe.register(Dog)
def _(obj):
    return "dog " + type(obj).__name__


for value in [1, True, 2.5, "hi", [1, "a"], (2.0,), {"k": 1}, {3}, None,
              b"raw", Animal(), Dog(), Puppy(), object, 3j]:
    print(describe(value))
print(describe("quiet", upper=True))

# dispatch() returns the implementation chosen for a class.
print(describe.dispatch(bool).__name__, describe.dispatch(Puppy)("x"),
      describe.dispatch(float) is _describe_float,
      describe.dispatch(object) is describe.__wrapped__)
print(describe.registry[str] is describe_str, object in describe.registry,
      int in describe.registry, bool in describe.registry, len(describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)


# Later registrations override earlier ones and clear the dispatch cache.
@describe.register(bool)
def _(obj):
    return "bool!"


print(describe(True), describe(1))


# Multiple inheritance: the MRO decides.
class A:
    pass


class B:
    pass


class C(A, B):
    pass


class D(B, A):
    pass


@singledispatch
def which(obj):
    return "default"


which.register(A, lambda obj: "A")
which.register(B, lambda obj: "B")
print(which(C()), which(D()), which(A()), which(B()), which(1))


# String annotations (postponed evaluation) are resolved in the function's globals.
@which.register
def _(obj: "Animal"):
    return "animal via string annotation"


print(which(Dog()))

# Errors.
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    which.register(5, lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    @which.register
    def _(obj):
        return obj
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
try:
    @which.register
    def _(obj: "not a class"):
        return obj
except Exception as e:
    print(type(e).__name__)
try:
    @which.register
    def _(obj: 42):
        return obj
except TypeError as e:
    print("TypeError", e)


@singledispatch
def nameless(x):
    return x


try:
    nameless()
except TypeError as e:
    print("TypeError", e)
