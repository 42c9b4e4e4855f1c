# String method edge cases: split/rsplit/partition/strip/find/replace with limits
s = "  a,b,,c  "
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.strip().split(","))
print("a b  c\td\n".split(), "a b  c".split(" "), "  x  ".split(), "".split(), "".split(","))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".rsplit(",", maxsplit=1))
print("1-2-3".partition("-"), "1-2-3".rpartition("-"), "123".partition("-"), "123".rpartition("-"))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("  t ".lstrip()), repr("..t..".rstrip(".")))
print("banana".find("an"), "banana".rfind("an"), "banana".find("x"), "banana".find("an", 2), "banana".find("", 10))
print("banana".count("a"), "banana".count("an"), "banana".count(""), "aaaa".count("aa"))
print("banana".replace("a", "o", 2), "aaa".replace("", "-"), "abc".replace("b", ""), "ab".replace("x", "y"))
try:
    "banana".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("Hello World".swapcase(), "hello world".title(), "HELLO".capitalize(), "ß".upper(), "İ".lower() == "i̇")
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(2), "42".zfill(5), "-42".zfill(5), "+4".zfill(4))
print("line1\nline2\r\nline3".splitlines(), "a\n\nb\n".splitlines(keepends=True))
print(",".join(["x", "y"]), "".join([]), "-".join("abc"), " ".join(map(str, range(3))))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2), "abc".startswith("", 3))
print("tab\tsep".expandtabs(4), repr("a\tb".expandtabs(1)))
print("12".isdigit(), "1.2".isdigit(), "abc".isalpha(), "ab1".isalnum(), " ".isspace(), "".isspace(), "Ab".istitle())
print("%s=%d (%5.1f%%) %r %x" % ("n", 42, 99.5, "q", 255), "%-4s|" % "ab", "%c%c" % (72, "i"))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
