# Assignment to a literal
value = 3
print(value)
other = value * 2
if other == 6:
    print('six')
items = [value, other]
print(items)
1 = value
print('unreachable')
