# __exit__ sees (type, value, traceback) of an exception that propagates
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('exit clean:', exc_type, exc, tb)
        else:
            print('exit type:', exc_type.__name__)
            print('exit value:', str(exc))
            print('exit tb is not None:', tb is not None)
            print('value is instance:', isinstance(exc, exc_type))
            print('same traceback:', tb is exc.__traceback__)

with Inspect():
    pass

try:
    with Inspect():
        raise ValueError('bad value', 3)
except ValueError as e:
    print('caught outside:', e.args)

def fail():
    return 1 / 0

try:
    with Inspect():
        fail()
except ZeroDivisionError as e:
    print('caught outside:', e)

# an exception raised in __exit__ replaces the original
class Replace:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise TypeError('from exit')

try:
    with Replace():
        raise KeyError('original')
except TypeError as e:
    print('got', type(e).__name__, e)
    print('context:', type(e.__context__).__name__, e.__context__)

# an exception in __enter__ means __exit__ is not called
class BadEnter:
    def __enter__(self):
        raise OSError('cannot enter')

    def __exit__(self, *a):
        print('exit should not run')

try:
    with BadEnter():
        print('body should not run')
except OSError as e:
    print('OSError:', e)
