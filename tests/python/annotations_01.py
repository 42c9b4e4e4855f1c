x: int = 5
y: str
print(__annotations__)
class C:
    a: int
    b: "str" = "hi"
    def m(self, q: float, *r: int, s: bool = True, **t: dict) -> None:
        pass
print(C.__annotations__, C.b)
print(C.m.__annotations__)
def f(a, b: int):
    c: list = []
    return c
print(f.__annotations__, f(1, 2))
print((lambda: 0).__annotations__)
