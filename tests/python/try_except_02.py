# Multiple handlers, tuples of types, hierarchy
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][0]
    if kind == 2:
        return {}['k']
    if kind == 3:
        return int('x')
    if kind == 4:
        raise RuntimeError('custom runtime')
    if kind == 5:
        raise NotImplementedError('todo')
    return 'ok'

for kind in range(7):
    try:
        print('result', risky(kind))
    except ZeroDivisionError:
        print(kind, 'zero division')
    except (IndexError, KeyError) as e:
        print(kind, 'lookup', type(e).__name__, isinstance(e, LookupError))
    except ValueError as e:
        print(kind, 'value', e)
    except Exception as e:
        print(kind, 'other', type(e).__name__, e, isinstance(e, RuntimeError))

for kind in range(4):
    try:
        risky(kind)
    except LookupError as e:
        print('LookupError caught', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError caught', type(e).__name__)
    except BaseException as e:
        print('BaseException caught', type(e).__name__)
