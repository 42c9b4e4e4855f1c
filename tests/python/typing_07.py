# get_type_hints, forward references, overload, final, no_type_check, assert_never
from typing import (Annotated, ClassVar, Dict, ForwardRef, List, Optional, Union, assert_never,
                    final, get_overloads, get_type_hints, no_type_check, overload)
from typing import Literal


class Tree:
    value: int
    children: "List[Tree]"
    parent: Optional["Tree"] = None
    count: ClassVar[int] = 0
    note: Annotated[str, "docs"] = ""

    def __init__(self, value: int, parent: "Optional[Tree]" = None) -> None:
        self.value = value
        self.children = []
        self.parent = parent

    def add(self, value: "int") -> "Tree":
        child = Tree(value, self)
        self.children.append(child)
        return child


class Leaf(Tree):
    weight: float
    label: "str | None"


def connect(a: "Tree", b: Tree, *, mode: Literal["up", "down"] = "up", meta: Annotated[int, "x"] = 0) -> None:
    pass


def untyped(a, b=1):
    return a


print(get_type_hints(Tree))
print(get_type_hints(Leaf))
print(get_type_hints(Tree.__init__))
print(get_type_hints(Tree.add), get_type_hints(Tree(1).add))
print(get_type_hints(connect))
print(get_type_hints(connect, include_extras=True)["meta"], get_type_hints(Tree, include_extras=True)["note"])
print(get_type_hints(untyped), get_type_hints(len), get_type_hints(lambda x: x))

ref = ForwardRef("List[int]")
print(ref, ref.__forward_arg__, ref == ForwardRef("List[int]"), hash(ref) == hash(ForwardRef("List[int]")),
      ForwardRef("x", module="m"))
print(List["Tree"], Dict[str, "Tree"].__args__, Optional["Tree"], Union["A", "B"])
for bad in [1, "not valid ("]:
    try:
        ForwardRef(bad)
    except (TypeError, SyntaxError) as exc:
        print(type(exc).__name__, exc)


def broken(x: "Undefined") -> None:
    pass


try:
    get_type_hints(broken)
except NameError as exc:
    print("NameError", exc)
try:
    get_type_hints(42)
except TypeError as exc:
    print("TypeError", exc)


@no_type_check
def loose(a: "whatever goes", b: 42) -> "nothing":
    return a


print(get_type_hints(loose), loose.__no_type_check__, loose(1, 2))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)), [f.__annotations__ for f in get_overloads(double)])


@overload
def orphan(x: int) -> int: ...


try:
    orphan(1)
except NotImplementedError as exc:
    print("NotImplementedError", exc)


@final
class Settings:
    @final
    def save(self) -> None:
        pass


print(Settings.__final__, Settings.save.__final__)


def describe(shape: Union[int, str]) -> str:
    if isinstance(shape, int):
        return "int"
    elif isinstance(shape, str):
        return "str"
    else:
        assert_never(shape)


print(describe(1), describe("s"))
for value in [3.5, "z" * 150]:
    try:
        assert_never(value)
    except AssertionError as exc:
        print("AssertionError", exc)
