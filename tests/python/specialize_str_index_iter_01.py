# BINARY_SUBSCR_STR_INT (an ASCII str indexed by an int) and FOR_ITER_SEQ
# over a str iterator, hot enough to specialize; then non-ASCII strs,
# negative and out-of-range indices, other containers at the same site,
# and iterators changed while running.


def chars_at(s, idxs):
    return [s[i] for i in idxs]


def walk(s):
    out = []
    for ch in s:
        out.append(ch)
    return "".join(out), len(out)


text = "hello, world"
for _ in range(50):
    a = chars_at(text, [0, 1, -1, -12, 5])
    b = walk(text)
print(a, b)
print(chars_at("h\u00e9llo", [0, 1, -1]))
print(chars_at("\u65e5\u672c\u8a9e", [0, 2]), walk("\u65e5\u672cx\U0001f600"))
print(chars_at([10, 20, 30], [0, -1]), chars_at((1, 2), [1]), chars_at({0: "z"}, [0]))
print(chars_at(b"abc", [0, 2]), walk(""), walk("a"))
for bad in (12, -13, 100):
    try:
        chars_at(text, [bad])
    except IndexError as e:
        print("IndexError", e)
try:
    chars_at(text, ["0"])
except TypeError as e:
    print("TypeError", e)
# An iterator advanced by hand between the loop's steps.
it = iter("abcdef")
seen = []
for ch in it:
    seen.append(ch)
    if ch == "b":
        seen.append(next(it))
print(seen, list(it))
# Characters keep working as keys and in comparisons.
counts = {}
for _ in range(3):
    for ch in "mississippi":
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()), "s" == chars_at("sss", [1])[0])
