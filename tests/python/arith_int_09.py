# Collatz lengths and digit sums: integer loops
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

for n in [1, 2, 3, 6, 7, 9, 27, 97, 871]:
    print(n, collatz_len(n))

def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total

print(digit_sum(2 ** 100), digit_sum(2 ** 1000))
print(digit_sum(10 ** 50), digit_sum(99999999999999999999))

best = 0
best_n = 0
n = 1
while n < 1000:
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
    n += 1
print(best_n, best)
