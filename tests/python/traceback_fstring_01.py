class A:
    def __format__(self, s): raise ValueError(s)
y = f"val: {A():>3} end"
