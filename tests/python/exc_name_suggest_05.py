# NameError for a misspelled builtin
data = [5, 3, 8]
print(sorted(data))
print(max(data), min(data))
size = lenn(data)
print(size)
