# monotonic clocks never go backwards; sleep ordering
import time

def non_decreasing(clock, n=2000):
    prev = clock()
    for _ in range(n):
        cur = clock()
        if cur < prev:
            return False
        prev = cur
    return True

print(non_decreasing(time.monotonic))
print(non_decreasing(time.perf_counter))
print(non_decreasing(time.monotonic_ns))
print(type(time.monotonic()).__name__, type(time.perf_counter()).__name__)
print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)

t0 = time.monotonic()
time.sleep(0.02)
t1 = time.monotonic()
print('slept at least 0.02s:', t1 - t0 >= 0.019)

p0 = time.perf_counter_ns()
time.sleep(0.01)
p1 = time.perf_counter_ns()
print('ns clock advanced:', p1 - p0 >= 9_000_000)

# time() is a plausible Unix timestamp (after 2020-01-01)
print(time.time() > 1577836800)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)

time.sleep(0)
for bad in (-1, -0.5):
    try:
        time.sleep(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ('1', None):
    try:
        time.sleep(bad)
    except TypeError as e:
        print(type(e).__name__, e)

order = []
for delay in (0.003, 0.001, 0.002):
    start = time.monotonic()
    time.sleep(delay)
    order.append((delay, time.monotonic() - start >= delay * 0.9))
print(order)
