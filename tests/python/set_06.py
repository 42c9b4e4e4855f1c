# Set comprehensions
nums = [1, -2, 3, -4, 5, 2, -1]
squares = {x * x for x in nums}
print(type(squares).__name__, sorted(squares))
print(sorted({abs(x) for x in nums}))
print(sorted({x for x in nums if x > 0}))
print(sorted({c.lower() for c in 'Hello World' if c.isalpha()}))
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))
print(len({i % 7 for i in range(100)}))
print({x for x in []}, {x % 1 for x in range(5)})

# comprehension variable does not leak
x = 'outer'
s = {x for x in range(3)}
print(x, sorted(s))

# closures over comprehension results
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
initials = {w[0] for w in words}
by_initial = {k: sorted({len(w) for w in words if w[0] == k}) for k in sorted(initials)}
print(by_initial)

# nested: set of frozensets
groups = {frozenset(w) for w in ['ab', 'ba', 'abc', 'cab', 'c']}
print(len(groups))
print(sorted(sorted(g) for g in groups))

# set comprehension with a function call and a conditional expression
def parity(n):
    return 'even' if n % 2 == 0 else 'odd'

print(sorted({parity(n) for n in range(10)}))
print(sorted({n if n < 3 else -n for n in range(6)}))
