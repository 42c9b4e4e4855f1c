# Implicit chaining through __context__
def step(n):
    try:
        if n == 0:
            raise ValueError('base failure')
        step(n - 1)
    except Exception as e:
        raise RuntimeError('step ' + str(n) + ' failed')

try:
    step(2)
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ': ' + str(cur))
        cur = cur.__context__
    for line in chain:
        print(line)
    print('cause is None:', e.__cause__ is None)

# an error inside finally chains to the pending exception
try:
    try:
        raise KeyError('pending')
    finally:
        try:
            raise OSError('in finally')
        except OSError as inner:
            print('inner context:', repr(inner.__context__))
except KeyError as e:
    print('outer still KeyError:', e)

# re-raising the same exception does not chain it to itself
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise
except ValueError as e:
    print('reraised context:', e.__context__)

# raise e inside its own handler
try:
    try:
        raise ValueError('again')
    except ValueError as e:
        raise e
except ValueError as e:
    print('raise e context:', e.__context__)

# the handled exception is cleared after the except block
try:
    try:
        raise ValueError('first')
    except ValueError:
        pass
    raise TypeError('second')
except TypeError as e:
    print('after handled block context:', e.__context__)
