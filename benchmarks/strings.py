# Measures string work: building words from characters, concatenation, join, split, str methods, and counting words in a dict.

N_WORDS = 60000
ROUNDS = 7

LETTERS = "etaoinshrdlucmfwypvbgkjqxz"


def make_words(n, seed):
    words = []
    x = seed
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        length = 2 + x % 7
        w = ""
        k = 0
        while k < length:
            x = (x * 1103515245 + 12345) % 2147483648
            w = w + LETTERS[(x >> 16) % 13 + k % 2 * 13 * (x % 2)]
            k = k + 1
        words.append(w)
        i = i + 1
    return words


def make_text(words):
    lines = []
    i = 0
    n = len(words)
    while i < n:
        lines.append("  " + " ".join(words[i:i + 12]) + " \t")
        i = i + 12
    return "\n".join(lines)


def count_words(text):
    counts = {}
    total_len = 0
    for line in text.split("\n"):
        for w in line.strip().split(" "):
            total_len = total_len + len(w)
            counts[w] = counts.get(w, 0) + 1
    return counts, total_len


def transform(text):
    up = text.upper()
    swapped = up.replace("E", "3").replace("O", "0")
    low = swapped.lower()
    hits = 0
    pos = low.find("th")
    while pos >= 0:
        hits = hits + 1
        pos = low.find("th", pos + 1)
    return len(swapped), hits, low[:20].strip()


def char_stats(words):
    total = 0
    starts = 0
    for w in words:
        if w.startswith("t") or w.startswith("s"):
            starts = starts + 1
        for c in w:
            total = total + ord(c)
    return total, starts


def bracket(s):
    return "<" + s + ">"


def main():
    check = 0
    r = 0
    while r < ROUNDS:
        words = make_words(N_WORDS, 7 + r)
        text = make_text(words)
        counts, total_len = count_words(text)
        length, hits, head = transform(text)
        total, starts = char_stats(words)
        top = []
        for k, v in counts.items():
            top.append((v, k))
        top.sort()
        top.reverse()
        check = (check * 131 + total_len + length + hits + total + starts + len(counts)) % 1000000007
        r = r + 1
    print("strings", N_WORDS, len(counts), total_len, length, hits, bracket(head), total, starts)
    print("top", top[:3])
    print("check", check)


main()
