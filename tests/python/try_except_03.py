# finally ordering with return, break, continue
def f():
    try:
        return 'from try'
    finally:
        print('finally runs before return')

print(f())

def g():
    try:
        raise ValueError('boom')
    except ValueError:
        return 'from except'
    finally:
        print('finally after except')

print(g())

def h():
    try:
        return 'try'
    finally:
        return 'finally wins'

print(h())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)

def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
    return 'done'

print(nested())
