class C:
    __secret = 42
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
    def get(self):
        return self.__x, C.__secret, self.__helper()
    def __helper(self):
        return "h"
    @classmethod
    def make(cls, __v=3):
        return __v
print(sorted(vars(C())), C._C__secret, C().get(), C.make(), C._C__helper.__name__, C._C__helper.__qualname__)
try:
    C.__secret
except AttributeError as e:
    print("AttributeError", e)
class _D(C):
    def peek(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(_D().peek())
class __E:
    __z = 1
print(__E._E__z if hasattr(__E, "_E__z") else vars(__E).get("__z"))
def outer():
    class K:
        def f(self):
            __local = 5
            return __local, [__local for _ in range(1)]
    return K().f()
print(outer())
