# filters: simplefilter / filterwarnings, error action, message and category matching
import warnings

def attempt(label, func):
    try:
        func()
        print(label, 'no exception')
    except Warning as e:
        print(label, 'raised', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    attempt('error all', lambda: warnings.warn('boom'))
    attempt('error dep', lambda: warnings.warn('old', DeprecationWarning))

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('error', category=DeprecationWarning)
    attempt('dep', lambda: warnings.warn('old', DeprecationWarning))
    attempt('user', lambda: warnings.warn('fine', UserWarning))
    print('recorded', len(rec))

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('always')
    warnings.filterwarnings('error', message='fatal')
    warnings.filterwarnings('ignore', message='.*noise')
    attempt('fatal', lambda: warnings.warn('fatal: disk'))
    attempt('not prefix', lambda: warnings.warn('not fatal'))
    attempt('case', lambda: warnings.warn('FATAL upper'))
    attempt('noise', lambda: warnings.warn('background noise'))
    print([str(w.message) for w in rec])

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('always')
    warnings.filterwarnings('error', category=UserWarning, module='__main__')
    attempt('module match', lambda: warnings.warn('mine'))
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.filterwarnings('error', module='elsewhere')
    attempt('module no match', lambda: warnings.warn('mine'))

# subclass matching: a filter for a base category applies to subclasses
class MyDep(DeprecationWarning):
    pass
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.simplefilter('error', DeprecationWarning)
    attempt('subclass', lambda: warnings.warn('sub', MyDep))

# append=True puts the filter at the end, so an earlier one wins
with warnings.catch_warnings(record=True) as rec:
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.simplefilter('error', append=True)
    attempt('appended error', lambda: warnings.warn('x'))
    print(len(rec))

# the raised exception can be caught as its category
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('as exception', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', repr(e), e.args)

for bad in [lambda: warnings.simplefilter('explode'),
            lambda: warnings.filterwarnings('error', message=5),
            lambda: warnings.filterwarnings('error', category=str),
            lambda: warnings.filterwarnings('error', lineno=-1)]:
    try:
        bad()
    except (AssertionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
