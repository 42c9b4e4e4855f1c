# Batch CSV importer that reports problems with ExceptionGroup / except* (PEP 654):
# io.StringIO + dataclasses + itertools + contextlib + collections.
import contextlib
import io
import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Iterator, List, Tuple

CSV_DATA = """\
sku,name,qty,price,warehouse
A100,Widget,10,2.50,north
A101,Gadget,-3,4.00,north
A102,,5,1.25,south
A103,Doohickey,7,abc,south
A104,Gizmo,2,9.99,east
A105,Thing,x,1.00,west
A106,Whatsit,4,0.75,south
A107,Sprocket,1,-1.00,moon
A108,Flange,12,3.30,north
"""

WAREHOUSES = {"north", "south", "east", "west"}


class RowError(Exception):
    def __init__(self, row: int, column: str, message: str):
        super().__init__(f"row {row} [{column}]: {message}")
        self.row, self.column = row, column


class MissingValue(RowError):
    pass


class BadNumber(RowError, ValueError):
    pass


class UnknownWarehouse(RowError, LookupError):
    pass


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    qty: int
    price_cents: int
    warehouse: str


def parse_rows(text: str) -> Iterator[Tuple[int, dict]]:
    lines = io.StringIO(text)
    header = next(lines).strip().split(",")
    for n, line in enumerate(lines, start=2):
        yield n, dict(zip(header, line.rstrip("\n").split(",")))


def to_cents(row: int, text: str) -> int:
    whole, _, frac = text.partition(".")
    if not whole.lstrip("-").isdigit() or (frac and not frac.isdigit()):
        raise BadNumber(row, "price", f"not a price: {text!r}")
    cents = int(whole) * 100 + (int(frac.ljust(2, "0")[:2]) if frac else 0) * (-1 if whole.startswith("-") else 1)
    if cents < 0:
        raise BadNumber(row, "price", f"negative price {text}")
    return cents


def validate(row: int, rec: dict) -> Product:
    errors: List[Exception] = []
    if not rec["name"]:
        errors.append(MissingValue(row, "name", "empty"))
    qty = 0
    try:
        qty = int(rec["qty"])
        if qty < 0:
            errors.append(BadNumber(row, "qty", f"negative quantity {qty}"))
    except ValueError:
        errors.append(BadNumber(row, "qty", f"not an integer: {rec['qty']!r}"))
    price = 0
    try:
        price = to_cents(row, rec["price"])
    except BadNumber as e:
        errors.append(e)
    if rec["warehouse"] not in WAREHOUSES:
        errors.append(UnknownWarehouse(row, "warehouse", f"{rec['warehouse']!r}"))
    if errors:
        raise ExceptionGroup(f"row {row} ({rec['sku']})", errors)
    return Product(rec["sku"], rec["name"], qty, price, rec["warehouse"])


def import_all(text: str) -> Tuple[List[Product], List[Exception]]:
    good, failures = [], []
    for row, rec in parse_rows(text):
        try:
            good.append(validate(row, rec))
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        group = ExceptionGroup("import failed", failures)
        group.add_note(f"{len(good)} rows imported, {len(failures)} rejected")
        raise group
    return good, []


def leaves(exc) -> Iterator[Exception]:
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            yield from leaves(sub)
    else:
        yield exc


def main():
    handled = Counter()
    try:
        import_all(CSV_DATA)
    except* MissingValue as eg:
        handled["missing"] += len(list(leaves(eg)))
        print("missing values:", [str(e) for e in leaves(eg)])
    except* BadNumber as eg:
        handled["numbers"] += len(list(leaves(eg)))
        for e in leaves(eg):
            print("  bad number ->", e)
        print("  nested groups:", [g.message for g in eg.exceptions])
    except* LookupError as eg:
        handled["lookup"] += 1
        print("lookup problems:", [type(e).__name__ for e in leaves(eg)], eg.__notes__)
    print("handled:", dict(sorted(handled.items())))

    try:
        import_all(CSV_DATA)
    except ExceptionGroup as eg:
        print(eg.message, "|", len(eg.exceptions), "rows |", eg.__notes__)
        numbers = eg.subgroup(lambda e: isinstance(e, BadNumber))
        print("subgroup rows:", [g.message for g in numbers.exceptions])
        match, rest = eg.split(UnknownWarehouse)
        print("split:", len(list(leaves(match))), len(list(leaves(rest))))
        kinds = Counter(type(e).__name__ for e in leaves(eg))
        print("kinds:", sorted(kinds.items()))
        by_row = itertools.groupby(sorted(leaves(eg), key=lambda e: e.row), key=lambda e: e.row)
        print("per row:", [(row, [e.column for e in errs]) for row, errs in by_row])

    clean = "\n".join(line for i, line in enumerate(CSV_DATA.splitlines()) if i in (0, 1, 5, 7, 9))
    products, errors = import_all(clean + "\n")
    print("clean import:", [p.sku for p in products], errors)
    total = sum(p.qty * p.price_cents for p in products)
    print(f"stock value: {total // 100}.{total % 100:02d}")

    try:
        try:
            raise ExceptionGroup("mixed", [KeyError("k"), ValueError("v"), OSError(2, "gone")])
        except* KeyError as eg:
            print("caught KeyError part:", eg.exceptions)
        except* OSError as eg:
            print("caught OSError part:", eg.exceptions[0].errno)
    except ExceptionGroup as rest:
        print("left over:", repr(rest), rest.exceptions)

    try:
        raise BadNumber(1, "qty", "plain error")
    except* RowError as eg:
        print("naked exception wrapped:", type(eg).__name__, eg.message == "", repr(eg.exceptions[0]))

    with contextlib.suppress(ExceptionGroup):
        raise ExceptionGroup("suppressed", [RuntimeError("quiet")])
    try:
        ExceptionGroup("bad", [])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        ExceptionGroup("bad", [1])
    except ValueError as e:
        print(type(e).__name__, e)
    base = BaseExceptionGroup("b", [KeyboardInterrupt()])
    print(type(base).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
    derived = ExceptionGroup("orig", [ValueError(1)]).derive([TypeError(2)])
    print(derived.message, derived.exceptions, str(ExceptionGroup("three", [ValueError()] * 3)))


main()
