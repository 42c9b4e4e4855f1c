# A backslash inside an f-string expression is Python 3.12 syntax.
x = f"{"\n".join(["a", "b"])}"
