# Exception inside except is handled; exception variable is cleared
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('converted')
except ValueError as e:
    print('outer got', type(e).__name__, e)
try:
    raise IndexError('first')
except IndexError as err:
    saved = err
print('saved', repr(saved))
try:
    print(err)
except NameError as e:
    print('err was deleted:', e)
x = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        x += i
    except ValueError as e:
        x -= e.args[0]
print(x)
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('assert:', e, e.args)
try:
    assert [], 'empty list'
except AssertionError as e:
    print('assert2:', e)
try:
    assert False
except AssertionError as e:
    print('assert3:', repr(e), e.args)
assert True, 'not raised'
assert 1
print('done')
