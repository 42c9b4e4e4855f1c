# Inventory management: dataclasses + enum + collections + a hand-written JSON codec.
import collections
import dataclasses
import enum
from dataclasses import dataclass, field
from typing import Dict, List, Optional


class Category(enum.Enum):
    HARDWARE = "hardware"
    GARDEN = "garden"
    KITCHEN = "kitchen"
    TOYS = "toys"


class StockError(Exception):
    pass


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price_cents: int
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    def value(self) -> int:
        return self.price_cents * self.quantity

    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.sku}")


@dataclass(frozen=True)
class Movement:
    sku: str
    delta: int
    reason: str


def fmt_money(cents: int) -> str:
    sign, cents = ("-" if cents < 0 else ""), abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = collections.OrderedDict()
        self.log: List[Movement] = []

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise StockError(f"duplicate sku {item.sku!r}")
        self.items[item.sku] = item

    def move(self, sku: str, delta: int, reason: str) -> None:
        try:
            item = self.items[sku]
        except KeyError:
            raise StockError(f"unknown sku {sku!r}") from None
        if item.quantity + delta < 0:
            raise StockError(f"insufficient stock for {sku}: have {item.quantity}, need {-delta}")
        item.quantity += delta
        self.log.append(Movement(sku, delta, reason))

    def by_category(self) -> Dict[Category, List[Item]]:
        groups = collections.defaultdict(list)
        for item in self.items.values():
            groups[item.category].append(item)
        return groups

    def low_stock(self, threshold: int = 5):
        return (i for i in self.items.values() if i.quantity < threshold)

    def total_value(self) -> int:
        return sum(i.value() for i in self.items.values())


# ---- a tiny JSON encoder/decoder written by hand ----
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n"}


def encode(obj, indent: int = 0) -> str:
    pad = "  " * indent
    if obj is None or isinstance(obj, bool):
        return {None: "null", True: "true", False: "false"}[obj]
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch in ESCAPES:
                out.append(ESCAPES[ch])
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(encode(v, indent + 1) for v in obj) + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = [f'{pad}  {encode(str(k))}: {encode(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(lines) + "\n" + pad + "}"
    raise TypeError(f"cannot encode {type(obj).__name__}")


class Decoder:
    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def error(self, msg: str):
        return ValueError(f"{msg} at offset {self.pos}")
    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def parse(self):
        self.skip()
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise self.error("trailing data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise self.error("expected ',' or ']'")

    def string(self):
        if self.text[self.pos] != '"':
            raise self.error("expected string")
        self.pos += 1
        chars = []
        escapes = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "/": "/"}
        while True:
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(chars)
            if ch == "\\":
                nxt = self.text[self.pos + 1]
                if nxt == "u":
                    chars.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                chars.append(escapes[nxt])
                self.pos += 2
                continue
            chars.append(ch)
            self.pos += 1

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            raise self.error("unexpected character")
        return float(token) if any(c in token for c in ".eE") else int(token)


def item_to_dict(item: Item) -> dict:
    d = dataclasses.asdict(item)
    d["category"] = item.category.value
    return d


def item_from_dict(d: dict) -> Item:
    d = dict(d)
    d["category"] = Category(d["category"])
    return Item(**d)


def main():
    inv = Inventory()
    seed_data = [
        ("HW-001", "Claw hammer", Category.HARDWARE, 1299, 12, ["tools", "steel"]),
        ("HW-002", "Box of screws \"M4\"", Category.HARDWARE, 450, 3, []),
        ("GD-010", "Garden hose 15m", Category.GARDEN, 2599, 7, ["summer"]),
        ("KT-100", "Chef's knife", Category.KITCHEN, 4999, 2, ["steel", "sharp"]),
        ("KT-101", "Cutting board", Category.KITCHEN, 1850, 9, ["wood"]),
        ("TY-007", "Puzzle \u00e9toile", Category.TOYS, 999, 0, ["kids"]),
    ]
    for row in seed_data:
        inv.add(Item(*row))

    for sku, delta, reason in [("HW-001", -4, "sale"), ("KT-100", 5, "restock"),
                               ("TY-007", -1, "sale"), ("XX-999", 1, "typo"),
                               ("GD-010", -7, "sale"), ("HW-002", 20, "restock")]:
        try:
            inv.move(sku, delta, reason)
            print(f"moved {delta:+d} of {sku} ({reason})")
        except StockError as e:
            print("StockError:", e)
    for bad in (lambda: inv.add(Item("HW-001", "dup", Category.HARDWARE, 1)),
                lambda: Item("BAD", "bad", Category.TOYS, -5)):
        try:
            bad()
        except (StockError, ValueError) as e:
            print(type(e).__name__, e)

    print("--- by category ---")
    for cat, items in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
        names = ", ".join(i.name for i in items)
        subtotal = sum(i.value() for i in items)
        print(f"{cat.name:<9} {len(items)} item(s) {fmt_money(subtotal):>10}  [{names}]")
    print("low stock:", [i.sku for i in inv.low_stock()])
    print("total:", fmt_money(inv.total_value()))

    tag_counts = collections.Counter(t for i in inv.items.values() for t in i.tags)
    print("tags:", sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    reasons = collections.Counter(m.reason for m in inv.log)
    print("movements:", dict(sorted(reasons.items())))

    payload = {"version": 1, "items": [item_to_dict(i) for i in inv.items.values()],
               "meta": {"ok": True, "note": None, "ratio": 0.25}}
    text = encode(payload)
    print(text[:240])
    print("encoded length:", len(text))
    back = Decoder(text).parse()
    restored = [item_from_dict(d) for d in back["items"]]
    print("round trip equal:", restored == list(inv.items.values()))
    print("meta:", back["meta"])
    print(restored[1])
    for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '[1] x', '']:
        try:
            Decoder(bad).parse()
        except (ValueError, IndexError, KeyError) as e:
            print(f"{bad!r:12} -> {type(e).__name__}: {e}")
    try:
        encode({"x": {1, 2}})
    except TypeError as e:
        print(type(e).__name__, e)
    replaced = dataclasses.replace(restored[0], quantity=100)
    print(replaced.value(), restored[0].value(), fmt_money(-12345))
    print([f.name for f in dataclasses.fields(Item)])


main()
