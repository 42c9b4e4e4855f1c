# Library catalogue: bisect (with key) + ChainMap + OrderedDict + singledispatch + cached_property.
import bisect
import functools
import string
from collections import ChainMap, OrderedDict, namedtuple
from dataclasses import dataclass, field
from typing import List, Optional


@functools.total_ordering
@dataclass(frozen=True)
class Isbn:
    digits: str

    def __post_init__(self):
        clean = self.digits.replace("-", "")
        if len(clean) != 13 or not clean.isdigit():
            raise ValueError(f"invalid ISBN {self.digits!r}")
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(clean[:12]))
        if (10 - total % 10) % 10 != int(clean[12]):
            raise ValueError(f"bad check digit in {self.digits!r}")
        object.__setattr__(self, "digits", clean)

    def __lt__(self, other):
        return self.digits < other.digits

    def __str__(self):
        d = self.digits
        return f"{d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"


def make_isbn(prefix12: str) -> Isbn:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(prefix12))
    return Isbn(prefix12 + str((10 - total % 10) % 10))


@dataclass
class Book:
    isbn: Isbn
    title: str
    author: str
    year: int
    copies: int = 1
    loans: List[str] = field(default_factory=list)

    @functools.cached_property
    def sort_key(self):
        print(f"    (computing sort key for {self.title!r})")
        words = self.title.lower().split()
        if words and words[0] in ("the", "a", "an"):
            words = words[1:] + [words[0]]
        return " ".join(words)

    @property
    def available(self) -> int:
        return self.copies - len(self.loans)


Loan = namedtuple("Loan", "member isbn due")


class LoanError(Exception):
    pass


class Catalogue:
    def __init__(self):
        self.by_year: List[Book] = []
        self.index: "OrderedDict[str, Book]" = OrderedDict()

    def add(self, book: Book) -> None:
        bisect.insort(self.by_year, book, key=lambda b: (b.year, b.sort_key))
        self.index[book.isbn.digits] = book
        self.index.move_to_end(book.isbn.digits, last=True)

    def published_between(self, start: int, end: int) -> List[Book]:
        lo = bisect.bisect_left(self.by_year, start, key=lambda b: b.year)
        hi = bisect.bisect_right(self.by_year, end, key=lambda b: b.year)
        return self.by_year[lo:hi]

    def lend(self, isbn: Isbn, member: str, day: int) -> Loan:
        book = self.index.get(isbn.digits)
        if book is None:
            raise LoanError(f"no book with ISBN {isbn}")
        if book.available <= 0:
            raise LoanError(f"all {book.copies} copies of {book.title!r} are out")
        if member in book.loans:
            raise LoanError(f"{member} already has {book.title!r}")
        book.loans.append(member)
        return Loan(member, isbn, day + 14)


@functools.singledispatch
def describe(obj) -> str:
    return f"<{type(obj).__name__}>"


@describe.register
def _(obj: Book) -> str:
    return f"{obj.title} by {obj.author} ({obj.year}), {obj.available}/{obj.copies} available"


@describe.register
def _(obj: Isbn) -> str:
    return f"ISBN {obj}"


@describe.register(list)
@describe.register(tuple)
def _(obj) -> str:
    return "[" + "; ".join(describe(x) for x in obj) + "]"


@describe.register(int)
def _(obj) -> str:
    return f"year {obj}" if 1000 <= obj <= 2100 else f"number {obj}"


class ShelfFormatter(string.Formatter):
    """Adds a !u conversion (upper) and a 'shelf' format spec."""

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "shelf":
            return f"{value[:3].upper():<3}-{len(value):02d}"
        return super().format_field(value, format_spec)


def main():
    cat = Catalogue()
    raw = [
        ("978030640615", "The Pragmatic Garden", "R. Ames", 1999, 2),
        ("978186197271", "A Field Guide to Moths", "L. Baird", 1987, 1),
        ("978014044913", "Rivers of Salt", "K. Osei", 2005, 3),
        ("978000000001", "Quiet Engines", "M. Ito", 1999, 1),
        ("978111111111", "An Atlas of Tides", "P. Novak", 2012, 1),
        ("978222222222", "Borrowed Light", "S. Reyes", 1987, 2),
    ]
    print("adding books:")
    for prefix, title, author, year, copies in raw:
        cat.add(Book(make_isbn(prefix), title, author, year, copies))
    print("by year:")
    for b in cat.by_year:
        print(f"  {b.year} {b.sort_key:<24} {b.isbn}")
    print("1990-2006:", [b.title for b in cat.published_between(1990, 2006)])
    print("before 1900:", cat.published_between(0, 1899))

    for bad in ["978-0-306-40615-8", "123", "97803064061X7"]:
        try:
            print("ok:", Isbn(bad))
        except ValueError as e:
            print(type(e).__name__, e)

    moths = make_isbn("978186197271")
    for member in ["ann", "ben", "ann"]:
        try:
            print("loan:", cat.lend(moths, member, day=3))
        except LoanError as e:
            print(type(e).__name__, e)
    garden = make_isbn("978030640615")
    cat.lend(garden, "cy", day=5)
    try:
        cat.lend(make_isbn("979000000000"), "cy", 1)
    except LoanError as e:
        print(type(e).__name__, e)

    print(describe(cat.index[garden.digits]))
    print(describe(garden))
    print(describe((1987, 42, [moths])))
    print(describe(3.5), describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry if t is not object))

    recent = OrderedDict((k, b) for k, b in cat.index.items() if b.year > 1990)
    recent.move_to_end(next(iter(recent)))
    print("recent order:", [b.title.split()[0] for b in recent.values()])
    print("popitem:", recent.popitem(last=False)[1].title)

    defaults = {"loan_days": 14, "max_loans": 3, "fine_per_day": 0.25}
    branch = {"max_loans": 5}
    member = {"fine_per_day": 0.0}
    settings = ChainMap(member, branch, defaults)
    print(settings["loan_days"], settings["max_loans"], settings["fine_per_day"])
    print(sorted(settings.items()), len(settings))
    child = settings.new_child({"loan_days": 7})
    child["max_loans"] = 1
    print(child["loan_days"], child["max_loans"], settings["max_loans"], child.maps[0])
    print(child.parents["loan_days"], "loan_days" in child, "x" in child)
    try:
        del child["fine_per_day"]
    except KeyError as e:
        print(type(e).__name__, e)

    fmt = ShelfFormatter()
    for b in cat.by_year[:3]:
        print(fmt.format("{0.author!u:<10} {0.title:shelf} {1:>5}", b, b.year))
    print(fmt.format("{:^9}|{!r}", "mid", "x"))
    print(list(fmt.parse("a {x!r:>4} b {{c}}")))
    scores = [55, 61, 70, 84, 90]
    grades = "FDCBA"
    print([grades[bisect.bisect(scores, s) - 1] if s >= 55 else "F" for s in (50, 60, 70, 99)])


main()
