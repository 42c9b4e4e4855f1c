# raise of exception classes and instances without messages
def f(kind):
    if kind == 'inst':
        raise NotImplementedError()
    raise NotImplementedError

try:
    f('inst')
except NotImplementedError as e:
    print('caught', repr(e))
print('now uncaught')
f('class')
