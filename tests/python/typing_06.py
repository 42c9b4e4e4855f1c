# TypedDict and NewType
from typing import List, NewType, NotRequired, Required, TypedDict, is_typeddict


class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float
    tags: List[str]


class Review(TypedDict):
    movie: Movie
    text: Required[str]
    stars: NotRequired[int]


m = Movie(title="Heat", year=1995)
print(m, type(m).__name__, m["title"], Movie(title="x", year=1) == {"title": "x", "year": 1})
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(MovieExtra.__annotations__, sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__),
      MovieExtra.__total__)
print(sorted(Review.__required_keys__), sorted(Review.__optional_keys__), Review.__annotations__["stars"])
print(Movie.__mro__, MovieExtra.__bases__, Movie.__name__, Movie.__module__)
print(is_typeddict(Movie), is_typeddict(MovieExtra), is_typeddict(dict), is_typeddict(TypedDict), is_typeddict(m))
me = MovieExtra(title="Alien", year=1979, rating=8.5)
me["tags"] = ["space"]
print(me, len(me), sorted(me))
print(Movie({"title": "from dict", "year": 2000}), Movie([("title", "pairs"), ("year", 1)]))

Point = TypedDict("Point", {"x": int, "y": int})
Sparse = TypedDict("Sparse", {"a": str}, total=False)
print(Point(x=1, y=2), Point.__annotations__, sorted(Point.__required_keys__), Sparse.__total__,
      sorted(Sparse.__optional_keys__), Point.__name__)

for label, check in [("isinstance", lambda: isinstance(m, Movie)), ("issubclass", lambda: issubclass(dict, Movie))]:
    try:
        print(label, check())
    except TypeError as exc:
        print(label, "TypeError", exc)
try:
    class Mixed(TypedDict, int):
        pass
except TypeError as exc:
    print("TypeError", exc)
try:
    TypedDict("Both", {"a": int}, b=str)
except TypeError as exc:
    print("TypeError", exc)

UserId = NewType("UserId", int)
Name = NewType("Name", str)
Admin = NewType("Admin", UserId)


def lookup(uid: UserId) -> Name:
    return Name("user%d" % uid)


uid = UserId(42)
print(uid, type(uid).__name__, lookup(uid), UserId.__name__, UserId.__qualname__, UserId.__supertype__,
      Admin.__supertype__.__name__, Admin(UserId(1)) + 1)
print(UserId | None, List[UserId].__args__[0] is UserId, lookup.__annotations__["return"] is Name)
try:
    class Sub(UserId):
        pass
except TypeError as exc:
    print("TypeError", exc)
print(NewType("Deep.Name", int).__name__, NewType("Deep.Name", int).__qualname__)
