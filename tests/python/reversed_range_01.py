for r in [range(5), range(0), range(1, 10, 3), range(10, 0, -2), range(-5, 5), range(5, 5), range(-2**62, 2**62, 2**61)]:
    print(list(reversed(r)), type(reversed(r)).__name__)
print(list(reversed(range(-2**63, -2**63 + 3))))
