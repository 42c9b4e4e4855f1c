# functools: wraps, update_wrapper and decorator patterns.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(2, b=3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__wrapped__.__name__, add.__wrapped__(1, 1))


def with_attrs(func):
    func.calls = 0
    func.tags = ["x"]
    return func


@logged
@with_attrs
def tagged():
    return "ok"


print(tagged(), tagged.calls, tagged.tags, tagged.__wrapped__.__name__)
print(tagged.__dict__.keys() == {"calls", "tags", "__wrapped__"})


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


class Greeter:
    @repeat(2)
    def hello(self, name):
        "Say hello."
        return "hi " + name


print(Greeter().hello("bo"), Greeter.hello.__qualname__, Greeter.hello.__doc__)

# Layers of wrapping: __wrapped__ points one level down.
@logged
@logged
def base():
    "base doc"
    return 1


print(base.__name__, base.__wrapped__.__name__, base.__wrapped__.__wrapped__.__name__)
print(base.__doc__, base.__wrapped__.__wrapped__())

# update_wrapper with custom assigned/updated.
def target():
    "target doc"


target.extra = {"k": 1}


def wrapper():
    pass


wrapper.extra = {"w": 2}
res = functools.update_wrapper(wrapper, target, assigned=("__doc__",), updated=())
print(res is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is target)
functools.update_wrapper(wrapper, target, assigned=(), updated=("extra",))
print(sorted(wrapper.extra.items()))

# Missing attributes are skipped (e.g. a callable object without __name__).
class CallMe:
    "callable object doc"

    def __call__(self):
        return 42


def wrap_obj():
    return 0


functools.update_wrapper(wrap_obj, CallMe())
print(wrap_obj.__name__, wrap_obj.__doc__, wrap_obj.__wrapped__())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# wraps on a partial / with custom args.
deco = functools.wraps(target, assigned=("__name__",))
print(type(deco).__name__)


@deco
def renamed():
    "own doc"


print(renamed.__name__, renamed.__doc__)

# A wrapper class using update_wrapper in __init__.
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.__wrapped__(*args, **kwargs)


@CountCalls
def mul(a, b):
    "multiply"
    return a * b


print(mul(3, 4), mul(5, 6), mul.count, mul.__name__, mul.__doc__)
try:
    functools.update_wrapper(5, target)
except AttributeError as e:
    print("AttributeError", e)
