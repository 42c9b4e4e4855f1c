# decorators with ParamSpec/Concatenate, Self, TypeGuard, IO types and other forms
import sys
from typing import (IO, Awaitable, BinaryIO, Callable, Concatenate, Iterable, List, LiteralString, Never,
                    NoReturn, ParamSpec, Self, TextIO, TypeAlias, TypeGuard, TypeVar, assert_type,
                    dataclass_transform, reveal_type)
import typing

P = ParamSpec("P")
R = TypeVar("R")
print(P, P.args, P.kwargs, P.__name__, P.args.__origin__ is P, P.kwargs == P.kwargs)


def logged(func: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


def with_prefix(func: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func("prefix", *args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    return a + b


@with_prefix
def greet(prefix: str, name: str) -> str:
    return prefix + ":" + name


print(add(1, b=2), greet("bob"))
print(Callable[P, R], Callable[P, R][[int, str], bool], Callable[P, R][..., int], Concatenate[str, P],
      Callable[Concatenate[str, P], R], Callable[Concatenate[str, P], R].__parameters__)
print(wrapper_annotations := logged.__annotations__)


class Builder:
    def __init__(self) -> None:
        self.parts: List[str] = []

    def add(self, part: str) -> Self:
        self.parts.append(part)
        return self


print(Builder().add("a").add("b").parts, Builder.add.__annotations__["return"])


def is_str_list(values: List[object]) -> TypeGuard[List[str]]:
    return all(isinstance(v, str) for v in values)


print(is_str_list(["a", "b"]), is_str_list(["a", 1]), is_str_list.__annotations__["return"])


def fail(message: str) -> NoReturn:
    raise RuntimeError(message)


def stop() -> Never:
    raise SystemExit(3)


try:
    fail("boom")
except RuntimeError as exc:
    print("RuntimeError", exc)
print(fail.__annotations__, stop.__annotations__, NoReturn, Never, Self, LiteralString, TypeAlias)

Vector: TypeAlias = List[float]
print(Vector, __annotations__["Vector"])


def write_lines(out: TextIO, lines: Iterable[str]) -> int:
    count = 0
    for line in lines:
        out.write(line + "\n")
        count += 1
    return count


print(write_lines(sys.stdout, ["first", "second"]))
print(IO, IO[str], IO[bytes], TextIO, BinaryIO, typing.IO.__parameters__, TextIO.__mro__[1:])
print(assert_type(5, int), Awaitable[int])


@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


@model
class User:
    name: str


print(model.__dataclass_transform__, User.__name__)
print(reveal_type([1, 2]))
