# global and nonlocal shadowing
x = "global x"
y = "global y"


def read_global():
    return x


def shadow_local():
    x = "local x"
    return x


def use_global():
    global x
    x = "rebound by use_global"


print(read_global(), "|", shadow_local(), "|", x)
use_global()
print(x)


def outer():
    x = "outer x"
    y = "outer y"

    def middle():
        nonlocal x
        x = "middle set outer x"
        y = "middle local y"

        def inner():
            global y
            nonlocal x
            x = "inner set outer x"
            y = "inner set global y"
            return x, y

        r = inner()
        return r, y

    result = middle()
    return result, x, y


print(outer())
print("global y now:", y)


def counter_factory():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    def peek():
        return count

    return bump, peek


bump, peek = counter_factory()
bump(); bump()
print("count:", peek())


def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
    return x


print(unbound())


def class_scope():
    v = "function v"

    class C:
        v = "class v"
        w = v

        def method(self):
            return v

    return C.w, C().method()


print(class_scope())

z = "module z"


def comp_scope():
    z = "func z"
    return [z for _ in range(2)], [lambda: z][0]()


print(comp_scope())
g = [x for x in range(3)]
print("x after comprehension:", x)


def make_global():
    global fresh
    fresh = "created in function"


make_global()
print(fresh)
