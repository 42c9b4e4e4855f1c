# Multiple managers in one with statement, and nested with
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        if self.fail_enter:
            print('enter', self.name, 'FAILS')
            raise RuntimeError('enter ' + self.name)
        print('enter', self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress

# entered left to right, exited right to left
with CM('a') as a, CM('b') as b, CM('c') as c:
    print('body', a, b, c)

print('---')
with CM('outer') as o:
    with CM('inner') as i:
        print('body', o, i)

print('---')
# an inner manager failing in __enter__ still exits the outer ones
try:
    with CM('x'), CM('y', fail_enter=True), CM('z'):
        print('not reached')
except RuntimeError as e:
    print('caught', e)

print('---')
# an exception suppressed by the inner manager is invisible to the outer one
with CM('outer'), CM('inner', suppress=True):
    raise ValueError('v')
print('after suppression')

print('---')
# outer suppresses what inner lets through
with CM('outer', suppress=True):
    with CM('inner'):
        raise KeyError('k')
print('after outer suppression')

print('---')
# parenthesized form (3.10+)
with (
    CM('p1') as p1,
    CM('p2') as p2,
):
    print('paren body', p1, p2)
