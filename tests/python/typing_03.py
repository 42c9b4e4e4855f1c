# TypeVar and user-defined Generic classes
from typing import Dict, Generic, Iterator, List, Optional, Tuple, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Num = TypeVar("Num", int, float)
S = TypeVar("S", bound=str)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)

print(T, K, Num, S, T_co, T_contra)
print(T.__name__, Num.__constraints__, S.__bound__, T_co.__covariant__, T_contra.__contravariant__, T.__bound__)
print(Dict[K, V], Dict[K, V][str, int], List[T][float], Dict[str, List[T]][bytes], Dict[K, V].__parameters__)
print(Union[T, None], Optional[T][int], T | None, int | T)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return "Stack(%r)" % self._items


class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self.entries: Dict[K, V] = {}

    def register(self, key: K, value: V) -> V:
        self.entries[key] = value
        return value

    def lookup(self, key: K) -> Optional[V]:
        return self.entries.get(key)


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self._items)


class NamedRegistry(Registry[str, V]):
    pass


s = Stack[int]()
s.push(1)
s.push(2)
print(s, list(s), s.pop(), s.__orig_class__, type(s).__name__)
r: Registry[str, Tuple[int, int]] = Registry()
r.register("origin", (0, 0))
print(r.lookup("origin"), r.lookup("none"))
i = IntStack()
i.push(5)
i.push(7)
print(i.total(), IntStack.__mro__)
print(Stack[int], Stack[Stack[str]], Registry[str, int], NamedRegistry[float], Stack.__parameters__,
      Registry.__parameters__, IntStack.__parameters__, NamedRegistry.__parameters__)
print(Stack.__orig_bases__, IntStack.__orig_bases__, NamedRegistry.__orig_bases__)
print(Stack[int] == Stack[int], Stack[int] == Stack[str], Stack[T][int])

for label, make in [("too many", lambda: Stack[int, str]), ("not generic", lambda: IntStack[int]),
                    ("Generic[int]", lambda: Generic[int]), ("repeated", lambda: Generic[T, T]),
                    ("constraint", lambda: TypeVar("X", int)), ("both", lambda: TypeVar("X", int, str, bound=int)),
                    ("bivariant", lambda: TypeVar("X", covariant=True, contravariant=True)),
                    ("isinstance", lambda: isinstance(s, Stack[int])), ("too few", lambda: Registry[int])]:
    try:
        print(label, make())
    except (TypeError, ValueError) as exc:
        print(label, type(exc).__name__, exc)

for source in ["class A(Generic): pass", "class B(Generic[T], Generic[K]): pass",
               "class C(Stack[T], Generic[K]): pass", "class D(TypeVar): pass"]:
    try:
        exec(source)
        print("defined")
    except TypeError as exc:
        print("TypeError", exc)
print(isinstance(s, Stack), isinstance(i, Stack), issubclass(IntStack, Generic))
