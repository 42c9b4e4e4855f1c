# Exception args, custom __init__, attributes, str/repr
e = ValueError()
print(repr(e), str(e) == '', e.args)
e = ValueError('one')
print(repr(e), str(e), e.args)
e = ValueError('one', 2, [3])
print(repr(e), str(e), e.args)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError('k', 'v')))
print(str(KeyError()), repr(IndexError(5)), str(IndexError(5)))

class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return str(self.code) + ' ' + self.reason

try:
    raise HTTPError(404, 'Not Found')
except HTTPError as err:
    print(err, '|', repr(err), '|', err.args, err.code, err.reason)
    print(isinstance(err, Exception), type(err).__mro__[1].__name__)

# custom __init__ without calling super: args come from the call
class Quiet(Exception):
    def __init__(self, a, b):
        self.total = a + b

q = Quiet(1, 2)
print(q.args, q.total, str(q), repr(q))

# exception hierarchy and catching by base class
class AppError(Exception):
    pass

class DBError(AppError):
    def __init__(self, table, msg='db failure'):
        super().__init__(msg)
        self.table = table

for exc in [DBError('users'), AppError('generic'), DBError('logs', 'disk full')]:
    try:
        raise exc
    except DBError as d:
        print('DBError on', d.table, '-', d)
    except AppError as a:
        print('AppError -', a)

# args can be replaced; with_traceback returns the exception
e = RuntimeError('a')
e.args = ('b', 'c')
print(str(e), repr(e))
print(e.with_traceback(None) is e)

# attributes can be added to any exception instance
e = OSError('io')
e.note = 'extra'
print(e.note, e.args)
print(BaseException('base').args, issubclass(Exception, BaseException))
