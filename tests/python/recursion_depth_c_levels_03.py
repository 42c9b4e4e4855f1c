class A:
    def __init__(self, n):
        self.child = A(n + 1)
A(0)
