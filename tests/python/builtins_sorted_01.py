# sorted and list.sort, stability via tuples
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(sorted('banana'), sorted('banana', reverse=True))
print(sorted([2.5, -1, 3, 0.0, -0.5, 10 ** 20, -10 ** 20]))
print(sorted([(2, 'b'), (1, 'b'), (2, 'a'), (1, 'a')]))
print(sorted([(2, 'b'), (1, 'b'), (2, 'a'), (1, 'a')], reverse=True))
print(sorted([]), sorted(()), sorted(range(5, 0, -1)))
words = ['delta', 'Alpha', 'charlie', 'bravo', 'Echo']
print(sorted(words))
lowered = []
for w in words:
    lowered.append((w.lower(), w))
lowered.sort()
result = []
for pair in lowered:
    result.append(pair[1])
print(result)
bylen = []
for w in words:
    bylen.append((len(w), w))
print(sorted(bylen))
print(sorted({'z': 1, 'a': 2}), sorted({'z': 1, 'a': 2}.items()))
print(sorted([True, False, 0, 1, -1]))
original = [5, 3, 1]
s = sorted(original)
print(original, s, s is original)
nested = [[3, [1]], [3, [0]], [1, [5]]]
print(sorted(nested))
print(sorted(['b', 'a'] * 3))
