# Uncaught exception raised in a lambda used as sorted(key=...)
records = [
    {"name": "pear", "price": 3},
    {"name": "fig", "price": 7},
    {"name": "kiwi"},
    {"name": "plum", "price": 1},
]

print(sorted(r["name"] for r in records))
print([r["name"] for r in sorted(records[:2], key=lambda r: r["price"])])
cheapest = sorted(records, key=lambda r: r["price"])
print(cheapest)
