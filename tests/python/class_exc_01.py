# A bare user exception class: raising, catching, str, args, repr
class MyError(Exception):
    pass

try:
    raise MyError('something broke')
except MyError as e:
    print('caught', type(e).__name__)
    print(str(e))
    print(e.args)
    print(repr(e))

try:
    raise MyError
except MyError as e:
    print('no args:', repr(str(e)), e.args, repr(e))

try:
    raise MyError('code', 42)
except MyError as e:
    print(str(e), e.args, e.args[1])

e = MyError('not raised')
print(type(e).__name__, e.args, isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(MyError, Exception), MyError.__mro__[1].__name__)
print(MyError.__name__, MyError.__qualname__)

# exceptions are ordinary objects: attributes can be attached
e.extra = 'attached'
try:
    raise e
except MyError as caught:
    print(caught is e, caught.extra)
