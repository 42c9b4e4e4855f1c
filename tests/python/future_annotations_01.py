"""Docstring first."""
from __future__ import annotations
from __future__ import division, generator_stop
import __future__


class Tree:
    value: int
    children: list[Tree]
    parent: Tree | None = None

    def add(self, child: Tree, *, weight: float = 1.0) -> Tree:
        return child

    def find(self, key: "str", default: Optional[Tree] = None) -> dict[str, tuple[int, ...]]:
        return {}


def outer():
    def inner(x: Callable[[int, str], Awaitable[None]]) -> Literal["a", 'b']:
        pass
    y: Undefined = 3
    return inner, y


print(Tree.__annotations__)
print(Tree.add.__annotations__)
print(Tree.find.__annotations__)
print(outer()[0].__annotations__, outer()[1])
print(__annotations__ if "__annotations__" in dir() else None)
print(__future__.annotations, __future__.division.getMandatoryRelease(), len(__future__.all_feature_names))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
for src in ["from __future__ import braces", "from __future__ import spam", "x = 1\nfrom __future__ import annotations"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
