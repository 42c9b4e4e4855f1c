# Measures list indexing and stores in while loops: repeated Sieve of Eratosthenes over a list of ints.

LIMIT = 600000
REPEAT = 18
SEGMENT = 10000


def sieve(limit):
    flags = [1] * (limit + 1)
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = 0
                j = j + i
        i = i + 1
    return flags


def summarize(flags):
    count = 0
    total = 0
    last = 0
    i = 0
    for f in flags:
        if f:
            count = count + 1
            total = total + i
            last = i
        i = i + 1
    return count, total, last


def densest_segment(flags):
    best = 0
    best_start = 0
    start = 0
    n = len(flags)
    while start < n:
        c = sum(flags[start:start + SEGMENT])
        if c > best:
            best = c
            best_start = start
        start = start + SEGMENT
    return best_start, best


def main():
    checks = 0
    r = 0
    while r < REPEAT:
        flags = sieve(LIMIT - r * 1000)
        count, total, last = summarize(flags)
        checks = (checks * 31 + count + total + last) % 1000000007
        r = r + 1
    print("sieve", LIMIT, count, total, last)
    print("checks", checks, densest_segment(flags))


main()
