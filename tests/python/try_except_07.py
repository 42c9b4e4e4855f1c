# Exceptions raised across function calls and caught higher up
def level3(x):
    if x == 'zero':
        return 1 / 0
    if x == 'key':
        return {}[x]
    return x.upper()

def level2(x):
    return 'L2(' + level3(x) + ')'

def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        return 'level1 handled KeyError ' + str(e)

for arg in ['ok', 'key', 'zero']:
    try:
        print(level1(arg))
    except ZeroDivisionError as e:
        print('top handled', type(e).__name__, e)

def cleanup_order(x):
    log = []
    try:
        log.append('start')
        try:
            log.append('inner')
            if x:
                raise ValueError(x)
            log.append('inner ok')
        finally:
            log.append('inner finally')
        log.append('after inner')
    except ValueError as e:
        log.append('caught ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('outer finally')
    return log

print(cleanup_order(''))
print(cleanup_order('bad'))
