# Reusing the quote inside an f-string is Python 3.12 syntax.
names = ["a"]
x = f"{", ".join(names)}"
