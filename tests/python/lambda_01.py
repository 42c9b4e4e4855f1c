# Lambdas as key functions for sorted, min, max and list.sort
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: -len(w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(min(words, key=lambda w: len(w)), max(words, key=lambda w: len(w)))

pairs = [(1, 'b'), (3, 'a'), (2, 'c'), (1, 'a')]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (p[1], -p[0])))
pairs.sort(key=lambda p: p[0] * 10 + len(p[1]))
print(pairs)

scores = {'ann': 91, 'bob': 78, 'cy': 91, 'di': 85}
print(sorted(scores, key=lambda k: scores[k]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(scores, key=lambda k: scores[k]))
