z = zip()
print(type(z).__name__, list(z), list(zip(strict=True)), list(zip([1], "a")))
