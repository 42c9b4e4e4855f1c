# error messages of malformed type expressions
import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Optional,
                    Tuple, TypeVar, Union)

T = TypeVar("T")
cases = [
    ("List[int, str]", lambda: List[int, str]),
    ("Dict[int]", lambda: Dict[int]),
    ("Optional[int, str]", lambda: Optional[int, str]),
    ("Union[()]", lambda: Union[()]),
    ("Callable[int]", lambda: Callable[int]),
    ("Callable[[int]]", lambda: Callable[[int]]),
    ("Callable[int, str]", lambda: Callable[int, str]),
    ("Hashable[int]", lambda: typing.Hashable[int]),
    ("List[int][str]", lambda: List[int][str]),
    ("Literal[1][int]", lambda: Literal[1][int]),
    ("ClassVar[int, str]", lambda: ClassVar[int, str]),
    ("List[ClassVar[int]]", lambda: List[ClassVar[int]]),
    ("List[Final[int]]", lambda: List[Final[int]]),
    ("List[Union]", lambda: List[Union]),
    ("List[Generic]", lambda: List[Generic]),
    ("Tuple[(int, str), str]", lambda: Tuple[(int, str), str]),
    ("Annotated[int]", lambda: Annotated[int]),
    ("Annotated()", lambda: Annotated()),
    ("NoReturn[int]", lambda: typing.NoReturn[int]),
    ("Any[int]", lambda: Any[int]),
    ("Dict[str, T][int, str]", lambda: Dict[str, T][int, str]),
    ("Generic[()]", lambda: Generic[()]),
    ("Union()", lambda: Union()),
    ("Optional()", lambda: Optional()),
    ("Any()", lambda: Any()),
    ("List()", lambda: List()),
    ("Tuple()", lambda: Tuple()),
    ("Dict(a=1)", lambda: Dict(a=1)),
    ("isinstance(1, List[int])", lambda: isinstance(1, List[int])),
    ("issubclass(int, Dict[str, int])", lambda: issubclass(int, Dict[str, int])),
    ("isinstance(1, Any)", lambda: isinstance(1, Any)),
    ("isinstance(1, Union)", lambda: isinstance(1, Union)),
    ("issubclass(int, Optional)", lambda: issubclass(int, Optional)),
    ("Concatenate[int]", lambda: typing.Concatenate[int]),
    ("Concatenate[()]", lambda: typing.Concatenate[()]),
    ("TypeVar('X', int)", lambda: TypeVar("X", int)),
    ("NamedTuple('N', [('a', int)], b=int)", lambda: typing.NamedTuple("N", [("a", int)], b=int)),
    ("Union[int, 3]", lambda: Union[int, 3]),
    ("List[3]", lambda: List[3]),
    ("Optional[None]", lambda: Optional[None]),
]
for label, make in cases:
    try:
        print(label, "->", repr(make()))
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)

for source in ["class X(Union): pass", "class Y(Optional[int]): pass", "class Z(ClassVar[int]): pass",
               "class W(typing.Any): pass\nprint('W', W.__mro__, isinstance(W(), W))",
               "class V(typing.Annotated): pass"]:
    try:
        exec(source)
    except TypeError as exc:
        print("TypeError", exc)
