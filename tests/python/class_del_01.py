# __del__: run when the last reference goes, on cycles by the collector, and at exit
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = D(1)
del d
print("after del")
def f():
    x = D(2)
    return "f done"
print(f())
lst = [D(3), D(4)]
lst.pop()
print("popped")
lst = None
print("cleared")
keep = D(5)
a = D(6); a.self_ref = a
del a
import sys
print("end")
