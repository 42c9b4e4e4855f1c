# raise X from Y: __cause__, __context__, __suppress_context__
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad config: ' + text) from e

try:
    load('abc')
except ConfigError as e:
    print('caught:', e)
    print('cause type:', type(e.__cause__).__name__)
    print('cause:', e.__cause__)
    print('context is cause:', e.__context__ is e.__cause__)
    print('suppress_context:', e.__suppress_context__)
    print('traceback present:', e.__traceback__ is not None)

# from an explicitly created exception, outside any handler
try:
    raise RuntimeError('outer') from KeyError('inner')
except RuntimeError as e:
    print('cause:', repr(e.__cause__), 'context:', e.__context__)
    print('suppress_context:', e.__suppress_context__)

# from an exception class: it is instantiated
try:
    raise RuntimeError('x') from IndexError
except RuntimeError as e:
    print('class cause:', type(e.__cause__).__name__, e.__cause__.args)

# raise ... from None
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    print('cause:', e.__cause__)
    print('context kept:', repr(e.__context__))
    print('suppress_context:', e.__suppress_context__)

# a fresh exception has no chain
e = ValueError('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)

# cause must be an exception
try:
    raise ValueError('v') from 42
except TypeError as te:
    print('TypeError:', te)

# __cause__ can be assigned directly
err = KeyError('k')
err.__cause__ = OSError('disk')
print(repr(err.__cause__), err.__suppress_context__)
