# Measures small-int arithmetic in tight while/for loops: +, -, *, //, %, and bit operations.

N = 2800000
MASK = 0xFFFFFFFF


def mix(n):
    x = 2463534242
    acc = 0
    odd = 0
    i = 0
    while i < n:
        x = x ^ ((x << 13) & MASK)
        x = x ^ (x >> 17)
        x = x ^ ((x << 5) & MASK)
        r = x % 1000
        if r & 1:
            odd = odd + 1
            acc = (acc + r * 3) % 1000003
        else:
            acc = (acc - r // 7 + 1000003) % 1000003
        i = i + 1
    return acc, odd, x


def collatz_steps(limit):
    best = 0
    best_n = 0
    total = 0
    for n in range(1, limit):
        m = n
        steps = 0
        while m != 1:
            if m % 2 == 0:
                m = m // 2
            else:
                m = 3 * m + 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_n = n
    return best_n, best, total


def main():
    acc, odd, x = mix(N)
    print("mix", acc, odd, x)
    best_n, best, total = collatz_steps(N // 60)
    print("collatz", best_n, best, total)


main()
