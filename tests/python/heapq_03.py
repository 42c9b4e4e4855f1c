# heapq: merge() of sorted inputs, with key and reverse.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [])))
print(list(heapq.merge([1, 2, 3])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4, 0], [7], reverse=True)))
print(list(heapq.merge(["ccc", "bb"], ["zz", "a"], key=len, reverse=True)))

# Stability: equal keys come out in input order.
a = [(1, "a1"), (2, "a2"), (2, "a3")]
b = [(1, "b1"), (2, "b2")]
c = [(0, "c0"), (2, "c2")]
first = lambda t: t[0]
print([t[1] for t in heapq.merge(a, b, c, key=first)])
print([t[1] for t in heapq.merge(a[::-1], b[::-1], c[::-1], key=first, reverse=True)])

# merge is a lazy generator.
log = []


def numbers(name, values):
    for v in values:
        log.append((name, v))
        yield v


m = heapq.merge(numbers("x", [1, 4, 6]), numbers("y", [2, 3, 9]))
print(type(m).__name__, log)
print(next(m), next(m), log)
print(list(m), log)

# Merging sorted log files by timestamp.
server1 = ["09:00 boot", "09:05 login ann", "09:30 logout ann"]
server2 = ["09:01 boot", "09:05 login bob", "09:07 error"]
server3 = ["08:59 boot"]
for line in heapq.merge(server1, server2, server3, key=lambda s: s[:5]):
    print(line)

# key is called once per element while several inputs remain.
calls = []


def key(x):
    calls.append(x)
    return x


print(list(heapq.merge([1, 5], [2, 3, 4, 6, 7], key=key)), calls)

# Errors.
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError", e)
try:
    list(heapq.merge([1, 2], ["a"]))
except TypeError as e:
    print("TypeError", e)
try:
    heapq.merge([1], foo=1)
except TypeError as e:
    print("TypeError", e)
