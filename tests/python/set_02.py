# add / remove / discard / pop / clear / copy
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
print(s.add(2))

s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    s.remove('word')
except KeyError as e:
    print('KeyError:', e)
try:
    s.remove((1, 2))
except KeyError as e:
    print('KeyError:', e, e.args)

s.discard(99)
s.discard(2)
print(sorted(s))

single = {'only'}
print(single.pop(), single)
try:
    single.pop()
except KeyError as e:
    print('KeyError:', e, e.args)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', repr(e))

# pop drains the set, each element exactly once
t = {5, 6, 7, 8}
popped = []
while t:
    popped.append(t.pop())
print(sorted(popped), t)

c = {1, 2, 3}
d = c.copy()
d.add(4)
print(sorted(c), sorted(d), c is d)
c.clear()
print(c, len(c))

# frozenset has no mutators
fs = frozenset([1, 2])
try:
    fs.add(3)
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(fs.copy()))

# mutating during iteration
m = {1, 2, 3}
try:
    for x in m:
        m.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
