# for ... else with break in nested loops
def find_pair(rows, target):
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value == target:
                print(f"  found {target} at ({i}, {j})")
                break
        else:
            print(f"  row {i}: no {target}")
            continue
        break
    else:
        print(f"  {target} not found anywhere")
        return None
    return (i, j)


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find_pair(grid, 5))
print(find_pair(grid, 1))
print(find_pair(grid, 10))
print(find_pair([], 1))

# primes with for/else
primes = []
for n in range(2, 30):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

# else runs when loop body never executes; break in inner loop does not skip outer else
for x in []:
    print("never")
else:
    print("empty loop else")

for a in range(2):
    for b in range(3):
        if b == 1:
            break
    else:
        print("inner else", a)
else:
    print("outer else ran, a =", a)

# while/else with break and continue
k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    if k == 8:
        break
else:
    print("while else, k =", k)

k = 0
while True:
    k += 1
    if k > 3:
        break
else:
    print("unreachable")
print("k =", k)

# return from inside for/else in a try/finally
def search(items, want):
    try:
        for it in items:
            if it == want:
                return "hit"
        else:
            return "miss"
    finally:
        print("  finally for", want)


print(search("abc", "b"), search("abc", "z"))
