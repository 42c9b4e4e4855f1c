# An inventory system with a custom exception hierarchy
class InventoryError(Exception):
    """Base class for inventory problems."""


class UnknownItem(InventoryError, KeyError):
    def __init__(self, sku):
        super().__init__(sku)
        self.sku = sku

    def __str__(self):
        return f"unknown SKU {self.sku!r}"


class StockError(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku
        self.wanted = wanted
        self.available = available


class InvalidQuantity(InventoryError, ValueError):
    pass


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, sku, qty, price=None):
        if not isinstance(qty, int) or qty <= 0:
            raise InvalidQuantity(f"bad quantity {qty!r} for {sku}")
        name, old_qty, old_price = self.items.get(sku, (sku.lower(), 0, price))
        self.items[sku] = (name, old_qty + qty, price if price is not None else old_price)

    def remove(self, sku, qty):
        if sku not in self.items:
            raise UnknownItem(sku)
        name, have, price = self.items[sku]
        if qty > have:
            raise StockError(sku, qty, have)
        self.items[sku] = (name, have - qty, price)

    def order(self, lines):
        done = []
        try:
            for sku, qty in lines:
                self.remove(sku, qty)
                done.append((sku, qty))
        except InventoryError:
            for sku, qty in reversed(done):
                name, have, price = self.items[sku]
                self.items[sku] = (name, have + qty, price)
            raise
        return sum(self.items[s][2] * q for s, q in done)

    def report(self):
        for sku in sorted(self.items):
            name, qty, price = self.items[sku]
            print(f"  {sku:<5} {name:<6} {qty:>3} @ {price:6.2f}")


inv = Inventory()
inv.add("BOLT", 100, 0.10)
inv.add("NUT", 50, 0.05)
inv.add("GEAR", 5, 12.5)
inv.add("NUT", 25)
inv.report()

orders = [
    [("BOLT", 10), ("NUT", 10)],
    [("GEAR", 3), ("BOLT", 500)],
    [("NUT", 1), ("WIDGET", 1)],
    [("GEAR", 5)],
]
for lines in orders:
    try:
        total = inv.order(lines)
    except StockError as e:
        print("stock error:", e, "| short by", e.wanted - e.available)
    except UnknownItem as e:
        print("unknown:", e, "| args", e.args, "| is KeyError:", isinstance(e, KeyError))
    else:
        print(f"order ok, total {total:.2f}")
inv.report()

for bad in [("BOLT", 0), ("BOLT", -3), ("BOLT", 2.5)]:
    try:
        inv.add(*bad)
    except ValueError as e:
        print(type(e).__name__, "as ValueError:", e)

try:
    inv.remove("ZAP", 1)
except KeyError as e:
    print("caught as KeyError:", e, repr(e.sku))

print([c.__name__ for c in UnknownItem.__mro__])
print(issubclass(StockError, InventoryError), issubclass(StockError, ValueError))
try:
    try:
        inv.remove("GEAR", 99)
    except InventoryError as e:
        raise RuntimeError("order failed") from e
except RuntimeError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__.args)
