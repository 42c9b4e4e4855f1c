# except clauses match base classes; first matching clause wins
class AppError(Exception):
    pass

class DbError(AppError):
    pass

class ConnError(DbError):
    pass

class UiError(AppError):
    pass

def fail(kind):
    if kind == 'conn':
        raise ConnError('no connection')
    if kind == 'db':
        raise DbError('bad query')
    if kind == 'ui':
        raise UiError('bad click')
    if kind == 'value':
        raise ValueError('bad value')
    return 'fine'

for kind in ['conn', 'db', 'ui', 'value', 'ok']:
    try:
        print(fail(kind))
    except ConnError as e:
        print('ConnError handler:', e)
    except DbError as e:
        print('DbError handler:', type(e).__name__, e)
    except (UiError, ValueError) as e:
        print('tuple handler:', type(e).__name__, e)

for kind in ['conn', 'ui']:
    try:
        fail(kind)
    except AppError as e:
        print('AppError catches', type(e).__name__, isinstance(e, DbError))

# a handler for the base placed first shadows the subclass handler
try:
    fail('conn')
except AppError:
    print('base first')
except ConnError:
    print('never reached')

try:
    fail('db')
except Exception as e:
    print('Exception catches', type(e).__name__)

# not matched: propagates to the outer handler
try:
    try:
        fail('ui')
    except DbError:
        print('wrong')
except UiError as e:
    print('outer got', e)
