# Measures string processing with dicts: generating a corpus, tokenizing with split/strip/lower,
# word frequencies, bigram and character-trigram counts, str.replace/join/format/f-strings, and a
# small template renderer.

N_SENTENCES = 4000
ROUNDS = 21

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "po", "de", "an", "el", "or", "us"]
PUNCT = [",", ";", ".", "!", "?", ""]


def make_corpus(n, seed):
    x = seed
    sentences = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        nwords = 4 + x % 9
        words = []
        for _ in range(nwords):
            x = (x * 1103515245 + 12345) % 2147483648
            nsyl = 1 + x % 3
            w = "".join(SYLLABLES[(x >> (4 + 4 * k)) % len(SYLLABLES)] for k in range(nsyl))
            if (x >> 20) % 11 == 0:
                w = w.capitalize()
            words.append(w + PUNCT[(x >> 24) % len(PUNCT)])
        sentences.append(" ".join(words))
    return "  \n".join(sentences)


def tokenize(text):
    tokens = []
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(",;.!?").lower()
            if w:
                tokens.append(w)
    return tokens


def frequencies(tokens):
    freq = {}
    for t in tokens:
        freq[t] = freq.get(t, 0) + 1
    return freq


def bigrams(tokens):
    counts = {}
    for a, b in zip(tokens, tokens[1:]):
        key = a + " " + b
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
    return counts


def char_trigrams(tokens):
    counts = {}
    for t in tokens:
        padded = "^" + t + "$"
        for i in range(len(padded) - 2):
            g = padded[i:i + 3]
            counts[g] = counts.get(g, 0) + 1
    return counts


def render(template, fields):
    out = template
    for k, v in fields.items():
        out = out.replace("{{" + k + "}}", str(v))
    return out


def report(freq, top_n):
    ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
    lines = []
    for rank, (word, count) in enumerate(ranked, 1):
        lines.append("{:>3}. {:<12} {:6d} {}".format(rank, word, count, "*" * (count % 7)))
        lines.append(f"{word.upper():>14}|{count:>5}|{len(word):02d}|{word.title()}")
        lines.append("%-10s %5d %s" % (word[:10], count, word.startswith("ka")))
    return "\n".join(lines)


def main():
    corpus = make_corpus(N_SENTENCES, 11)
    check = 0
    for r in range(ROUNDS):
        text = corpus.replace("ka", "KA") if r % 2 else corpus
        tokens = tokenize(text)
        freq = frequencies(tokens)
        bi = bigrams(tokens)
        tri = char_trigrams(tokens)
        rep = report(freq, 25)
        vowels = sum(text.count(v) for v in "aeiou")
        caps = sum(1 for w in text.split() if w[:1].isupper())
        joined = "-".join(sorted(freq)[:200])
        swapped = joined.replace("-", "+").upper().split("+")
        page = render("<h1>{{title}}</h1><p>{{count}} words, {{unique}} unique, top {{top}}</p>",
                      {"title": "Round " + str(r), "count": len(tokens), "unique": len(freq),
                       "top": rep.split("\n")[0].split()[1]})
        common_bi = max(bi.items(), key=lambda kv: (kv[1], kv[0]))
        common_tri = max(tri.items(), key=lambda kv: (kv[1], kv[0]))
        check = (check * 131 + len(tokens) + len(freq) * 3 + len(bi) * 5 + len(tri) * 7
                 + sum(len(l) for l in rep.splitlines()) + vowels + caps + len(joined)
                 + len(swapped) + len(page) + common_bi[1] + common_tri[1]) % 1000000007
    print("text_dict", N_SENTENCES, len(tokens), len(freq), len(bi), len(tri))
    print(rep.splitlines()[0])
    print(rep.splitlines()[1])
    print(rep.splitlines()[2])
    print(page)
    print("common", common_bi, common_tri)
    print("text_dict checksum", check)


main()
