class A:
    def m(self, x): return 1/0
a = A()
r = (a
     .m(
     1))
