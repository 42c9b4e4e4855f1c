# NameError at module level
values = [1, 2, 3]
total = 0
for v in values:
    total += v
    print('running total', total)
print('values', values, 'total', total)
print(len(values), max(values), min(values))
print('about to fail')
print(totl_of_values_q)
print('not reached')
