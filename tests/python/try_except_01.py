# try / except / else / finally basics
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print('error:', e)
        return None
    else:
        print('no error')
        return r
    finally:
        print('finally for', a, b)

print(divide(10, 4))
print(divide(1, 0))
try:
    int('abc')
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {'a': 1}['b']
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
