# AttributeError on a type object and a case-only difference in a name
print(str.upper('abc'))
print(dict.fromkeys('ab'))
counter = 3
print(counter)
try:
    print(Counter)
except NameError as e:
    print('caught:', e)
print(str.uper('abc'))
