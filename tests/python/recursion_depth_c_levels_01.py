import sys
class N:
    def __init__(self, d):
        self.c = N(d + 1) if d < 5000 else None
try:
    N(0)
except RecursionError as e:
    print(e)
def depth():
    n = 0
    class M:
        def __init__(self):
            nonlocal n
            n += 1
            M()
    try:
        M()
    except RecursionError as e:
        print(n, e)
depth()
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(e)
