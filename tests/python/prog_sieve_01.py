# Sieve of Eratosthenes, prime statistics and factorisation
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            m = p * p
            while m <= limit:
                is_prime[m] = False
                m += p
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes

def sieve_slices(limit):
    flags = [True] * (limit + 1)
    flags[0:2] = [False, False]
    for p in range(2, limit + 1):
        if p * p > limit:
            break
        if flags[p]:
            flags[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    out = []
    for i in range(len(flags)):
        if flags[i]:
            out.append(i)
    return out

def factorize(n, primes):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

primes = sieve(1000)
print(len(primes))
print(primes[:25])
print(primes[-5:])
print(primes == sieve_slices(1000))
print(sieve(0), sieve(1), sieve(2), sieve(10))

gaps = {}
max_gap = 0
max_gap_at = 0
for i in range(1, len(primes)):
    g = primes[i] - primes[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
    if g > max_gap:
        max_gap = g
        max_gap_at = primes[i - 1]
print(sorted(gaps.items()))
print('largest gap', max_gap, 'after', max_gap_at)

twins = []
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins.append((primes[i - 1], primes[i]))
print(len(twins), twins[:6], twins[-1])

by_last_digit = {}
for p in primes:
    d = p % 10
    by_last_digit[d] = by_last_digit.get(d, 0) + 1
for d in sorted(by_last_digit):
    print('ends in', d, ':', by_last_digit[d])

for n in [1, 2, 12, 97, 360, 1001, 65536, 999983, 2 ** 31 - 1, 600851475143, 10 ** 12 + 39]:
    f = factorize(n, primes)
    prod = 1
    for x in f:
        prod *= x
    print(n, f, prod == n)

goldbach = []
for even in range(4, 60, 2):
    for p in primes:
        if p > even // 2:
            break
        if even - p in primes:
            goldbach.append(str(even) + '=' + str(p) + '+' + str(even - p))
            break
print(' '.join(goldbach))
total = 0
for p in primes:
    total += p
print('sum of primes below 1000:', total, sum(primes))
