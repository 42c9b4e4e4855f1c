# Word frequency count with dicts: normalisation, ranking, n-grams
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
Café society said: naïve hopes, déjà vu -- 日本 and 日本 again!"""

def normalize(word):
    word = word.lower()
    out = ''
    for ch in word:
        if ch.isalnum():
            out += ch
    return out

def count_words(text):
    counts = {}
    order = []
    for line in text.splitlines():
        for raw in line.split():
            w = normalize(raw)
            if not w:
                continue
            if w not in counts:
                counts[w] = 0
                order.append(w)
            counts[w] += 1
    return counts, order

def rank(counts):
    pairs = []
    for w, c in counts.items():
        pairs.append((-c, w))
    pairs.sort()
    ranked = []
    for p in pairs:
        ranked.append((p[1], -p[0]))
    return ranked

counts, order = count_words(TEXT)
print('distinct words:', len(counts))
print('total words:', sum(counts.values()))
print('first seen:', order[:8])
ranked = rank(counts)
for w, c in ranked[:10]:
    print(w.ljust(12), str(c).rjust(3), '#' * c)
print('words beyond the top 10:', len(ranked) - 10)
singles = []
for w, c in ranked:
    if c == 1:
        singles.append(w)
print(len(singles), singles[:8])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len, reverse=True)[:4]:
    print(n, sorted(by_len[n]))
bigrams = {}
words = []
for line in TEXT.splitlines():
    for raw in line.split():
        w = normalize(raw)
        if w:
            words.append(w)
for i in range(len(words) - 1):
    key = (words[i], words[i + 1])
    bigrams[key] = bigrams.get(key, 0) + 1
top = []
for k, v in bigrams.items():
    if v >= 3:
        top.append((v, k))
top.sort(reverse=True)
for v, k in top:
    print(v, k[0] + ' ' + k[1])
letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
common = []
for ch in sorted(letters):
    common.append(ch + ':' + str(letters[ch]))
print(' '.join(common))
print(counts.get('times'), counts.get('日本'), counts.get('missing', 0), 'café' in counts)
