# heapq: heap layouts after push/pop/heapify/replace/pushpop.
import heapq

heap = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(heap, x)
    print("push", x, heap)
while heap:
    x = heapq.heappop(heap)
    print("pop", x, heap)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 10), data)
print("replace", heapq.heapreplace(data, -5), data)
print("pushpop", heapq.heappushpop(data, -10), data)
print("pushpop", heapq.heappushpop(data, 4), data)
print("pushpop empty", heapq.heappushpop([], 3))

# Layouts on pseudo-random data (a fixed linear congruential sequence).
seed = 12345


def rand100():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % 100


for size in [1, 2, 5, 16, 33]:
    xs = [rand100() for _ in range(size)]
    h = list(xs)
    heapq.heapify(h)
    print(size, h)
    out = [heapq.heappop(h) for _ in range(len(h))]
    print("  sorted ok:", out == sorted(xs))

# Duplicates, floats and strings.
h = [3, 3.0, 1, 1.5, 2, 3, 1]
heapq.heapify(h)
print(h)
h = list("heapsort")
heapq.heapify(h)
print(h, "".join(heapq.heappop(h) for _ in range(len(h))))

# Tuples as (priority, item).
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (4, "ship")]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

# Private max-heap helpers.
m = [1, 5, 2, 8, 3, 9, 4]
heapq._heapify_max(m)
print("max heap", m)
print(heapq._heappop_max(m), m)
print(heapq._heapreplace_max(m, 0), m)
print(heapq._heappop_max([7]))


# Errors.
def attempt(label, func, *args):
    try:
        print(label, repr(func(*args)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("pop empty", heapq.heappop, [])
attempt("replace empty", heapq.heapreplace, [], 1)
attempt("push tuple", heapq.heappush, (1,), 2)
attempt("pop tuple", heapq.heappop, (1,))
attempt("heapify dict", heapq.heapify, {})
attempt("pushpop str", heapq.heappushpop, "ab", "c")
attempt("replace None", heapq.heapreplace, None, 1)
attempt("max pop empty", heapq._heappop_max, [])
attempt("max heapify int", heapq._heapify_max, 3)
mixed = [1, "a"]
attempt("incomparable push", heapq.heappush, mixed, 2)
print(mixed)
