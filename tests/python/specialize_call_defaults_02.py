# A finalizer that runs between CALL_PY_WITH_DEFAULTS's guard and its
# frame (specialized calls run pending finalizers first) replaces the
# function's defaults: the call binds against the new ones, as CPython's.


class SetDefaults:
    def __init__(self, f, d):
        self.f, self.d = f, d

    def __del__(self):
        self.f.__defaults__ = self.d


def f(a, b=1):
    return a + b


def g(a, b=1, c=2):
    return a + b + c


for fn, old, new in ((f, (1,), None), (g, (1, 2), (5,)), (f, (1,), (10,))):
    fn.__defaults__ = old
    total = 0
    for i in range(100):
        try:
            total += fn((SetDefaults(fn, new) if i == 50 else None, i)[1])
        except TypeError as e:
            print("TypeError", e)
            break
    print(fn.__name__, total, fn.__defaults__)
