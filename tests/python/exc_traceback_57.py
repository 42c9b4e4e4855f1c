# Uncaught BaseException
print('before')
try:
    raise BaseException('caught first time')
except BaseException as e:
    print('handled', e, repr(e))
try:
    raise BaseException
except Exception:
    print('Exception does not catch BaseException')
except BaseException as e:
    print('only BaseException does', e.args)
raise BaseException('not caught')
