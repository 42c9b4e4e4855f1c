# A missing comma between list items spread over lines
primes = [
    2, 3, 5,
    7 11, 13,
]
print(sum(primes))
