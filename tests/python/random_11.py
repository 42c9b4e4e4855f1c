# random: getstate()/setstate() round trips (with the cached gauss value),
# the version-2 state format, pickling hooks, and state errors.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', func(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


r = random.Random(12345)
state = r.getstate()
print('state shape:', type(state).__name__, len(state), state[0], type(state[1]).__name__,
      len(state[1]), state[2])
print('state words:', state[1][:3], state[1][-1], all(0 <= w < 2**32 for w in state[1]))
print('VERSION:', random.Random.VERSION, r.VERSION)

first = [r.random() for _ in range(5)]
r.setstate(state)
again = [r.random() for _ in range(5)]
print('round trip:', first == again, first[:2])

# getstate() is a snapshot, not a live view.
s1 = r.getstate()
r.random()
print('snapshot differs:', s1 != r.getstate())

# The cached second gauss value travels with the state.
r.seed(3)
g1 = r.gauss()
print('gauss_next set:', r.gauss_next is not None)
saved = r.getstate()
print('saved gauss_next:', saved[2] == r.gauss_next)
g2 = r.gauss()
r.setstate(saved)
print('gauss restored:', r.gauss() == g2, repr(g1), repr(g2))

# State moves between instances, and to the module-level generator.
a = random.Random(1)
b = random.Random(2)
for _ in range(100):
    a.random()
b.setstate(a.getstate())
print('copied:', [a.randrange(1000) for _ in range(5)] == [b.randrange(1000) for _ in range(5)])
random.setstate(a.getstate())
print('module setstate:', random.random() == a.random())
random.seed(77)
st = random.getstate()
x = random.choices('abcdef', k=10)
random.setstate(st)
print('module getstate:', random.choices('abcdef', k=10) == x, x)

# seed() resets gauss_next.
r.gauss()
r.seed(3)
print('seed resets gauss:', r.gauss_next)

# Version 2 states: signed words are mapped to unsigned ones.
r = random.Random(8)
v, words, gn = r.getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in words[:-1]) + (words[-1],)
r2 = random.Random()
r2.setstate((2, signed, None))
print('version 2:', r2.random() == r.random(), any(w < 0 for w in signed))
r2.setstate((2, words, 0.25))
print('version 2 gauss_next:', r2.gauss_next, r2.gauss())

# Errors.
attempt('version 1', r.setstate, (1, words, None))
attempt('version 4', r.setstate, (4, words, None))
attempt('version "3"', r.setstate, ('3', words, None))
attempt('too short', r.setstate, (3, words))
attempt('too long', r.setstate, (3, words, None, None))
attempt('empty', r.setstate, ())
attempt('not a sequence', r.setstate, 5)
attempt('wrong size', r.setstate, (3, (0,) * 5, None))
attempt('list state', r.setstate, (3, list(words), None))
attempt('bad index', r.setstate, (3, words[:-1] + (625,), None))
attempt('negative index', r.setstate, (3, words[:-1] + (-1,), None))
attempt('word not int', r.setstate, (3, ('x',) + words[1:], None))
attempt('v2 word not int', r.setstate, (2, ('x',) + words[1:], None))
print('still usable:', 0.0 <= r.random() < 1.0)

# Pickling hooks.
r = random.Random(42)
cls, args, st = r.__reduce__()
print('reduce:', cls.__name__, args, st == r.getstate())
clone = cls(*args)
clone.__setstate__(st)
print('clone:', clone.random() == r.random())
print('__getstate__:', r.__getstate__() == r.getstate())

# copy.copy()/deepcopy() go through __reduce__ and carry the full state.
import copy

r = random.Random(5)
r.gauss()
shallow = copy.copy(r)
deep = copy.deepcopy(r)
print('copies:', type(shallow).__name__, shallow.gauss_next == r.gauss_next,
      shallow.random() == deep.random() == r.random())


class Sub(random.Random):
    pass


s = Sub('x')
print('subclass copy:', type(copy.copy(s)).__name__, copy.copy(s).getstate() == s.getstate())
