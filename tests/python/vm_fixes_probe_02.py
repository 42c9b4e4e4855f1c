# Codecs, staticmethod metadata, __set_name__ errors.
data = "héllo".encode("utf-8-sig")
print(data, data.decode("utf-8-sig"), b"plain".decode("utf-8-sig"), data.decode("utf-8"))

def f(x: int) -> int:
    "doubles"
    return 2 * x
sm, cm = staticmethod(f), classmethod(f)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__annotations__, cm.__name__, cm.__doc__)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class C:
        x = Bad()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
print(list[int].__class__, type(list[int]), (int | str).__class__, dict[str, list[int]].__class__.__name__)
