# A small order-processing program built from dataclasses.
from dataclasses import dataclass, field, asdict, replace, fields


@dataclass(frozen=True, order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price_cents: int = field(compare=False)

    def __str__(self):
        return f'{self.name} ({self.sku}) ${self.price_cents / 100:.2f}'


@dataclass
class LineItem:
    product: Product
    quantity: int = 1

    @property
    def total(self):
        return self.product.price_cents * self.quantity


@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    notes: list = field(default_factory=list, repr=False, compare=False)
    next_id = 1000

    @classmethod
    def create(cls, customer):
        order = cls(cls.next_id, customer)
        cls.next_id += 1
        return order

    def add(self, product, quantity=1):
        if quantity <= 0:
            raise ValueError(f'quantity must be positive, got {quantity}')
        for item in self.items:
            if item.product == product:
                item.quantity += quantity
                break
        else:
            self.items.append(LineItem(product, quantity))
        self.notes.append(f'added {quantity} x {product.sku}')
        return self

    @property
    def total(self):
        return sum(item.total for item in self.items)


catalog = {p.sku: p for p in [
    Product('A100', 'Widget', 250),
    Product('B200', 'Gadget', 1299),
    Product('C300', 'Doohickey', 75),
]}

o1 = Order.create('alice').add(catalog['A100'], 4).add(catalog['C300']).add(catalog['A100'])
o2 = Order.create('bob').add(catalog['B200'], 2)
print(o1)
print(o2)
print(o1.total, o2.total, o1.notes)
try:
    o2.add(catalog['C300'], 0)
except ValueError as e:
    print(type(e).__name__, e)

for o in sorted([o1, o2], key=lambda o: o.total, reverse=True):
    print(o.order_id, o.customer, f'${o.total / 100:.2f}')
    for item in sorted(o.items, key=lambda i: i.product):
        print('   ', item.quantity, 'x', item.product)

# A price change makes a new product; old orders keep the old one.
cheaper = replace(catalog['B200'], price_cents=999)
print(cheaper, cheaper == catalog['B200'], cheaper is catalog['B200'])
o3 = Order.create('carol').add(cheaper, 2)
print(o3.total, o2.total)

# Serialise orders to plain data.
report = [asdict(o) for o in (o1, o2, o3)]
for r in report:
    print(r['order_id'], r['customer'], [(i['product']['sku'], i['quantity']) for i in r['items']])
print(report[0]['items'][0])

# Orders compare by id, customer and items (notes are ignored).
copy1 = Order(o1.order_id, 'alice', list(o1.items))
print(copy1 == o1, copy1.notes, o1 == o2)

# Field overview, like a schema.
for cls in (Product, LineItem, Order):
    print(cls.__name__, ', '.join(f'{f.name}:{f.type.__name__}' for f in fields(cls)))

# Products are hashable: count how many orders contain each.
counts = {}
for o in (o1, o2, o3):
    for item in o.items:
        counts[item.product] = counts.get(item.product, 0) + 1
for product, n in sorted(counts.items()):
    print(product.sku, product.price_cents, n)
