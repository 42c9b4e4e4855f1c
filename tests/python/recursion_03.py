# Memoized recursion with a dict passed down
def fib(n, memo):
    if n in memo:
        return memo[n]
    if n < 2:
        r = n
    else:
        r = fib(n - 1, memo) + fib(n - 2, memo)
    memo[n] = r
    return r

memo = {}
print(fib(90, memo))
print(fib(300, memo))
print(len(memo))

def count_paths(r, c, cache):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in cache:
        return cache[key]
    v = count_paths(r - 1, c, cache) + count_paths(r, c - 1, cache)
    cache[key] = v
    return v

print(count_paths(2, 2, {}), count_paths(10, 10, {}), count_paths(30, 30, {}))

def partitions(n, k, cache):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in cache:
        cache[key] = partitions(n - k, k, cache) + partitions(n, k - 1, cache)
    return cache[key]

for n in [1, 5, 10, 50, 100]:
    print(n, partitions(n, n, {}))
