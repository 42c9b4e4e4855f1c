# Assignment expressions (walrus) in conditions, loops and comprehensions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)

stream = iter(["a", "bb", "", "ccc"])
while (item := next(stream, None)) is not None:
    if not item:
        print("empty item, skipping")
        continue
    print("item", item, len(item))
print("after loop item =", item)

values = [y for x in data if (y := x * 2) > 6]
print(values, "y leaked:", y)

totals = [running := 0] + [running := running + x for x in data]
print(totals, running)


def first_long(words, limit):
    if any(len(found := w) > limit for w in words):
        return found
    return None


print(first_long(["hi", "hello", "hey", "greetings"], 3), first_long(["a"], 3))

pairs = {k: v for k in "abc" if (v := ord(k) - 96) != 2}
print(pairs)
print([(last := i) for i in range(3)], last)
print((z := 10) + z, z)
print(f"{(w := 'walrus')!r} {w.upper()}")

import math
roots = [r for n in [4, 10, 16, 20] if (r := math.isqrt(n)) ** 2 == n]
print(roots)


def counter():
    if (count := 0) == 0:
        count += 5
    return count


print(counter())
chunks = []
buf = list(range(7))
while chunk := buf[:3]:
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
print([[(q := j) * 2 for j in range(i)] for i in range(3)], q)
