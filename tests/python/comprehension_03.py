# Dict comprehensions (insertion order is deterministic)
words = ['apple', 'bob', 'kayak', 'python', 'level']
print({w: len(w) for w in words})
print({w: w[::-1] for w in words if w == w[::-1]})
print({i: i * i for i in range(6)})
keys = ['a', 'b', 'c']
vals = [1, 2, 3]
d = {k: v for k, v in zip(keys, vals)}
print(d)
print({v: k for k, v in d.items()})
print({k: v * 10 for k, v in d.items() if v != 2})
# later duplicates overwrite the value but keep the first position
print({x % 3: x for x in range(10)})
print({w[0]: w for w in ['ant', 'bee', 'ape', 'cat', 'bat']})
nested = {n: {m: n * m for m in range(1, 3)} for n in range(1, 3)}
print(nested)
print({})
print({k: 0 for k in ''})
