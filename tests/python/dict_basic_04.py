# Counting with dicts and iterating keys/values
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
print(sorted(counts))
print(sorted(counts.values(), reverse=True))
best = None
for w in counts:
    if best is None or counts[w] > counts[best]:
        best = w
print(best, counts[best])
letters = {}
for ch in text:
    if ch != ' ':
        letters[ch] = letters.get(ch, 0) + 1
keys = sorted(letters.keys())
for k in keys[:8]:
    print(k, letters[k])
print(len(letters), sum(letters.values()))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
