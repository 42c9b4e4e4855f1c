# string constants and capwords
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(sorted(string.__all__))
print(all(c in string.printable for c in string.punctuation), set(string.whitespace) <= set(string.printable))


def classify(text):
    counts = {"letters": 0, "digits": 0, "punct": 0, "space": 0, "other": 0}
    for ch in text:
        if ch in string.ascii_letters:
            counts["letters"] += 1
        elif ch in string.digits:
            counts["digits"] += 1
        elif ch in string.punctuation:
            counts["punct"] += 1
        elif ch in string.whitespace:
            counts["space"] += 1
        else:
            counts["other"] += 1
    return counts


print(classify("Hello, World! 123\tÉtoile\n"))


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper,
                          lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


secret = caesar("The Quick Brown Fox!", 13)
print(secret, caesar(secret, 13))
print(all(c in string.hexdigits for c in "DeadBeef09"), any(c in string.octdigits for c in "89"))

for text, sep in [("hello world", None), ("  many   spaces\there  ", None), ("o'neil mc-donald", None),
                  ("a-b-c", "-"), ("x--y", "-"), ("", None), ("ÉCOLE élève", None), ("one,two,,three", ","),
                  ("MIXED case WORDS", None), ("tab\tseparated\twords", "\t")]:
    print(repr(text), repr(sep), "->", repr(string.capwords(text, sep)))
try:
    string.capwords(None)
except AttributeError as exc:
    print("AttributeError", exc)
try:
    string.capwords("a b", 5)
except AttributeError as exc:
    print("AttributeError", exc)
