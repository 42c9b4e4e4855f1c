# Measures function-call overhead: naive doubly-recursive Fibonacci.

N = 34
REPEAT = 3


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    r = 0
    while r < REPEAT:
        total = total + fib(N - r)
        r = r + 1
    print("fib", N, total)


main()
