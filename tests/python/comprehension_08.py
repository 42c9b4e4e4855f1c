# Comprehensions combined with lambdas, conditionals and functions
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs2])
adders = [(lambda x, n=n: x + n) for n in [1, 5]]
print([a(100) for a in adders])

labels = ['even' if n % 2 == 0 else 'odd' for n in range(5)]
print(labels)
print([n for n in range(30) if n % 3 == 0 if n % 5 == 0 or n > 25])
print({n: ('fizz' if n % 3 == 0 else n) for n in range(1, 7)})

def classify(n):
    if n < 0:
        return 'neg'
    return 'pos' if n > 0 else 'zero'

print([classify(n) for n in [-2, 0, 3]])
groups = {}
for word in ['apple', 'ant', 'bear', 'bee', 'cat']:
    groups[word[0]] = [w for w in ['apple', 'ant', 'bear', 'bee', 'cat'] if w[0] == word[0]]
print(groups)
words = ['aa', 'b', 'cccc', 'dd']
print(sorted([w for w in words], key=lambda w: (-len(w), w)))
print([w for w in sorted(words, key=len) if len(w) > 1])
