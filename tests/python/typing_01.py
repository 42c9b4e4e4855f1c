# an annotated program: typing aliases in signatures and their reprs
from typing import Any, Dict, List, Optional, Set, Tuple, Union, Callable, Iterable, Iterator, Sequence, Mapping
from typing import FrozenSet, MutableMapping, Type, Generator, cast, TYPE_CHECKING
import typing

if TYPE_CHECKING:
    print("never printed")

Inventory = Dict[str, int]
Handler = Callable[[str, int], bool]


def parse(lines: Iterable[str]) -> Inventory:
    result: Inventory = {}
    for line in lines:
        name, _, count = line.partition("=")
        result[name.strip()] = int(count)
    return result


def find(items: Sequence[Tuple[str, int]], key: str) -> Optional[int]:
    for name, value in items:
        if name == key:
            return value
    return None


def apply(handlers: List[Handler], inventory: Mapping[str, int]) -> Set[str]:
    accepted: Set[str] = set()
    for name, count in inventory.items():
        if all(handler(name, count) for handler in handlers):
            accepted.add(name)
    return accepted


def countdown(n: int) -> Generator[int, None, str]:
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def numbers(limit: int) -> Iterator[int]:
    return iter(range(limit))


def make(cls: Type[Any], *args: Any) -> Any:
    return cls(*args)


inv = parse(["apples = 3", "pears=0", " plums = 12 "])
print(inv, find(sorted(inv.items()), "plums"), find([], "x"))
print(sorted(apply([lambda n, c: c > 0, lambda n, c: n != "plums"], inv)))
print(list(countdown(3)), list(numbers(4)), make(complex, 1, 2), make(frozenset, "aba") == frozenset("ab"))
value = cast(int, "not really an int")
print(value, cast("List[int]", [1]), cast(Dict[str, Any], {}))

print(parse.__annotations__)
print(find.__annotations__["items"], find.__annotations__["return"])
print(apply.__annotations__)
print(countdown.__annotations__["return"], numbers.__annotations__["return"], make.__annotations__)

for alias in [Any, List, Dict, Set, FrozenSet, Tuple, Callable, Iterable, Iterator, Sequence, Mapping,
              MutableMapping, Type, Generator, Optional, Union, typing.Deque, typing.DefaultDict,
              typing.Counter, typing.ChainMap, typing.OrderedDict, typing.AbstractSet, typing.Hashable,
              typing.Sized, typing.Awaitable, typing.Coroutine, typing.AsyncIterator, typing.NoReturn,
              typing.ClassVar, typing.Final, typing.Literal, typing.Annotated]:
    print(repr(alias))

for hint in [List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None, str],
             Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int], str], Callable[..., None],
             Callable[[], int], Type[int], FrozenSet[bytes], Set["Node"], Iterable[Tuple[str, float]],
             Mapping[str, Any], Optional[Callable[[int, str], bool]], List[list[int]], Dict[str, dict[str, int]],
             typing.Awaitable[int], typing.Coroutine[Any, Any, int], typing.AsyncIterator[str], typing.Deque[int],
             typing.DefaultDict[str, list], typing.Counter[str], Generator[int, None, str], Union[List[int], None],
             Optional[Union[int, str]], typing.ClassVar[int], typing.Final[str], typing.Text, typing.AnyStr]:
    print(hint)

# instantiating through an alias
print(typing.DefaultDict(int)["missing"], typing.Counter("abca").most_common(1), typing.Deque([1, 2], maxlen=2))
for alias in [List, Dict, Set, Tuple, Type]:
    try:
        alias()
    except TypeError as exc:
        print("TypeError", exc)
