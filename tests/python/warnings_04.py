# 'once', 'default', 'always', 'module' semantics
import warnings

def run(action, calls):
    with warnings.catch_warnings(record=True) as rec:
        warnings.resetwarnings()
        warnings.simplefilter(action)
        for c in calls:
            c()
    return [(str(w.message), w.lineno) for w in rec]

def same_line(msg):
    warnings.warn(msg)

def other_line(msg):
    warnings.warn(msg)

calls = [lambda: same_line('a'), lambda: same_line('a'), lambda: same_line('b'),
         lambda: other_line('a'), lambda: other_line('a'), lambda: same_line('a')]

for action in ('always', 'default', 'once', 'module', 'ignore'):
    print(action, run(action, calls))

# 'default' remembers per location; a new catch_warnings context shows it again
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('default')
    for _ in range(5):
        warnings.warn('repeated')
print(len(rec))
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('default')
    warnings.warn('repeated')
print(len(rec))

# different categories with the same text are distinct under 'once'
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('once')
    warnings.warn('same text', UserWarning)
    warnings.warn('same text', RuntimeWarning)
    warnings.warn('same text', UserWarning)
print([w.category.__name__ for w in rec])

# message objects: equal text counts as the same message
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter('once')
    for part in ('x', 'x', 'y'):
        warnings.warn('value ' + part)
print([str(w.message) for w in rec])
