# Uncaught exception raised inside a list comprehension frame
def lengths(words):
    return [len(w) for w in words]


words = ["alpha", "beta", "gamma"]
print(lengths(words))
table = {"a": 1, "b": 2}
print([table[k] * 10 for k in "ab"])
mixed = ["one", "two", None, "four"]
print(lengths(mixed))
