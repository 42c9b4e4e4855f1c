# NameError with a "Did you mean" suggestion (CPython 3.10+ traceback feature)
counter = 0
for i in range(5):
    counter += i
    print('i', i, 'counter', counter)
limit = counter * 2
print('limit', limit)
if counter < limit:
    print('counter below limit')
print('total', counter)
print(countr)
