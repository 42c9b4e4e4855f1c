# random: choice() and choices() -- weights, cumulative weights, k, empty
# populations and every error message.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', func(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


r = random.Random('choices')

# choice() on the common sequence types.
print('list:', [r.choice([10, 20, 30]) for _ in range(10)])
print('str:', ''.join(r.choice('abcxyz') for _ in range(20)))
print('tuple:', [r.choice((None, True, 1.5)) for _ in range(6)])
print('range:', [r.choice(range(100, 200, 3)) for _ in range(8)])
print('bytes:', [r.choice(b'\x01\x02\xff') for _ in range(8)])
print('single:', r.choice(['only']))
attempt('choice([])', r.choice, [])
attempt('choice("")', r.choice, '')
attempt('choice(range(0))', r.choice, range(0))
attempt('choice(5)', r.choice, 5)
attempt('choice({})', r.choice, {})
attempt('choice(dict)', r.choice, {5: 'a', 6: 'b'})


class Deck:
    """A minimal sequence: __len__ and __getitem__ only."""

    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print('custom:', [r.choice(Deck('AKQJ')) for _ in range(8)])

# choices(): unweighted, weighted, cumulative.
print('choices k=0:', r.choices('abc', k=0))
print('choices k=-3:', r.choices('abc', k=-3))
print('choices default k:', r.choices('abc'))
print('choices k=True:', r.choices('abc', k=True))
print('choices empty k=0:', r.choices([], k=0))
print('weighted:', r.choices(['x', 'y', 'z'], [1, 0, 1], k=12))
print('weighted floats:', r.choices('abc', weights=[0.1, 0.2, 0.7], k=12))
print('weighted bools:', r.choices('abc', weights=[False, True, False], k=5))
print('cum weights:', r.choices('abc', cum_weights=[1, 1, 3], k=12))
print('cum weights floats:', r.choices(range(4), cum_weights=[0.25, 0.5, 0.75, 1.0], k=12))
print('one item:', r.choices(['solo'], [3], k=4))
print('tiny weight:', r.choices('ab', [1e-300, 1], k=6))
print('generator weights:', r.choices('abc', (w for w in [3, 2, 1]), k=6))

# Same seed, same choices, whether weights or the equivalent cum_weights.
r1 = random.Random(7)
r2 = random.Random(7)
print('weights == cum_weights:',
      r1.choices('abcd', [1, 2, 3, 4], k=50) == r2.choices('abcd', cum_weights=[1, 3, 6, 10], k=50))

attempt('choices([])', r.choices, [])
attempt('choices([], k=2)', r.choices, [], k=2)
attempt('choices([], weights=[])', r.choices, [], weights=[])
attempt('choices([], cum_weights=[])', r.choices, [], cum_weights=[])
attempt('choices("ab", 3)', r.choices, 'ab', 3)
attempt('choices("ab", True)', r.choices, 'ab', True)
attempt('choices("ab", None, 3)', r.choices, 'ab', None, 3)
attempt('choices("ab", 2.5)', r.choices, 'ab', 2.5)
attempt('both weights', r.choices, 'ab', [1, 2], cum_weights=[1, 3])
attempt('too few weights', r.choices, 'abc', [1, 2])
attempt('too many cum_weights', r.choices, 'abc', cum_weights=[1, 2, 3, 4])
attempt('zero weights', r.choices, 'abc', [0, 0, 0])
attempt('negative total', r.choices, 'abc', [1, 1, -5])
attempt('inf weight', r.choices, 'abc', [1, float('inf'), 1])
attempt('nan weight', r.choices, 'abc', [1, float('nan'), 1])
attempt('str weights', r.choices, 'ab', ['1', '2'])
attempt('mixed weights', r.choices, 'ab', [1, 'x'])
attempt('k float', r.choices, 'ab', k=2.5)
attempt('k str', r.choices, 'ab', k='3')
attempt('k float weighted', r.choices, 'ab', [1, 1], k=1.5)
attempt('population int', r.choices, 5)
attempt('unknown keyword', r.choices, 'ab', size=3)
attempt('big int total', r.choices, 'ab', [10**400, 1])
