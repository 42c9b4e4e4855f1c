# Generator pipeline: read -> parse -> filter -> aggregate over CSV-like lines
DATA = """\
# region,product,qty,price
north,apple,10,0.50
south,banana,5,0.25
north,cherry,,3.00
east,apple,7,0.55
south,apple,3,0.45
bad line without commas
west,banana,12,0.20
north,banana,4,0.30
east,cherry,2,2.75
"""


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield lineno, line


def parse(rows):
    for lineno, line in rows:
        parts = line.split(",")
        if len(parts) != 4:
            print(f"  line {lineno}: expected 4 fields, got {len(parts)}")
            continue
        region, product, qty, price = parts
        try:
            yield {"region": region, "product": product, "qty": int(qty), "price": float(price)}
        except ValueError as e:
            print(f"  line {lineno}: {e}")


def only(records, **conds):
    for r in records:
        if all(r[k] == v for k, v in conds.items()):
            yield r


def with_total(records):
    for r in records:
        r = dict(r)
        r["total"] = round(r["qty"] * r["price"], 2)
        yield r


def aggregate(records, key):
    sums = {}
    for r in records:
        sums[r[key]] = sums.get(r[key], 0) + r["total"]
    return sums


print("parsing:")
records = list(with_total(parse(read_lines(DATA))))
print("records:", len(records))
by_region = aggregate(records, "region")
for region in sorted(by_region):
    print(f"  {region:<6}{by_region[region]:>8.2f}")
apples = list(only(records, product="apple"))
print("apples:", [(r["region"], r["qty"]) for r in apples])
print("north bananas:", [r["total"] for r in only(records, region="north", product="banana")])
pipeline = (r["qty"] for r in records if r["price"] < 0.5)
print("cheap qty:", sum(pipeline))
print("exhausted:", sum(pipeline))
gen = read_lines(DATA)
print(next(gen))
print(next(gen))
gen.close()
print("after close:", next(gen, "done"))
