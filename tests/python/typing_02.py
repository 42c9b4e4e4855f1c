# introspection: get_origin/get_args, Union and Literal rules, Annotated, Callable forms
import collections.abc
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Optional,
                    Tuple, Union, get_args, get_origin)

samples = [int, List[int], Dict[str, int], Optional[int], Union[int, str], Literal["r", "w"],
           Annotated[int, "positive"], Callable[[int, str], bool], Callable[..., int], Callable[[], None],
           Tuple[int, ...], Tuple[()], ClassVar[List[int]], Final[int], list[int], dict[str, float],
           int | str, Generic, Any]
for hint in samples:
    print(repr(hint), "| origin:", get_origin(hint), "| args:", get_args(hint))

# Union normalisation
print(Union[int, int], Union[int, Union[str, float]], Union[int, str, int, None])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float], Optional[int] == Union[None, int])
print(Optional[Optional[int]], Optional[Union[int, str]], Union[int, str] | None, int | List[str], Optional[int] | str)
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int, str].__args__, Optional[bytes].__args__)
print(Union[int, str] == int | str, Union[int] is int, Union[None], Optional[None])

# Literal
print(Literal[1, 2, 1], Literal[Literal[1, 2], 3], Literal[1] == Literal[True], Literal["a", "b"] == Literal["b", "a"])
print(Literal[None], Literal[b"x", -1, True], get_args(Literal["x", 2]))

# Annotated
A = Annotated[int, "meta"]
print(A, A.__metadata__, A.__origin__, Annotated[A, "more"], Annotated[List[int], 1, 2.5])
print(Annotated[int, "x"] == Annotated[int, "x"], Annotated[int, "x"] == Annotated[int, "y"], Annotated[int, "x"] == int)

# equality, hashing and identity of aliases
print(List[int] == List[int], List[int] is List[int], List[int] == List[str], List[int] == list[int])
print(len({List[int], List[int], Dict[str, int], Union[int, str], Union[str, int]}))
print(List[int].__origin__, Dict[str, int].__args__, Dict[str, int].__parameters__, List.__origin__)
print(Callable[[int], str].__args__, Callable[..., str].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
print(get_origin(Callable[[int], str]) is collections.abc.Callable, get_args(Callable[[int], str]))
print(List[int].__name__, Dict.__name__, Optional[int].__name__ if hasattr(Optional[int], "__name__") else "-")

# builtin generic aliases inside typing ones
print(Dict[str, list[int]], Optional[dict[str, int]], Union[list[int], tuple[int, ...]])
