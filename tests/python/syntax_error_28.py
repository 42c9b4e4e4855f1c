# An unterminated string in a later line wins over an earlier parse error
items = [1, 2, 3]
total = = sum(items)
print(total)
label = 'total
print(label)
