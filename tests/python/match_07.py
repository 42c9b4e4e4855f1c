# match: nested patterns combining sequences, mappings and classes
class Node:
    __match_args__ = ('op', 'left', 'right')
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

def ev(e):
    match e:
        case int() | float():
            return e
        case Node('+', l, r):
            return ev(l) + ev(r)
        case Node('*', 0, _) | Node('*', _, 0):
            return 0
        case Node('*', l, r):
            return ev(l) * ev(r)
        case Node('-', l, None):
            return -ev(l)
        case Node('-', l, r):
            return ev(l) - ev(r)
        case Node(op, _, _):
            raise ValueError('bad op ' + op)

tree = Node('+', Node('*', 2, 3), Node('-', 10, Node('-', 4, None)))
print(ev(tree))
print(ev(Node('*', 0, Node('?', 1, 1))))
try:
    ev(Node('/', 1, 2))
except ValueError as e:
    print('ValueError:', e)

# deep structure from data
events = [
    {'kind': 'click', 'pos': [10, 20], 'buttons': ['left']},
    {'kind': 'click', 'pos': [0, 0], 'buttons': ['left', 'right']},
    {'kind': 'key', 'keys': ('ctrl', 'c')},
    {'kind': 'key', 'keys': ('a',)},
    {'kind': 'move', 'path': [(0, 0), (1, 1), (2, 4)]},
    {'kind': 'move', 'path': []},
    ('raw', 1, 2),
]
for ev_ in events:
    match ev_:
        case {'kind': 'click', 'pos': [0, 0], 'buttons': [_, _, *_]}:
            print('multi-button click at origin')
        case {'kind': 'click', 'pos': [x, y], 'buttons': [b]}:
            print('click', b, 'at', x, y)
        case {'kind': 'key', 'keys': ('ctrl', k)}:
            print('ctrl +', k)
        case {'kind': 'key', 'keys': (k,)}:
            print('key', k)
        case {'kind': 'move', 'path': [(x0, y0), *_, (x1, y1)]}:
            print('move from', (x0, y0), 'to', (x1, y1))
        case {'kind': 'move'}:
            print('short move')
        case ('raw', *nums):
            print('raw', sum(nums))

# bindings from a failed case may leak, but successful case values win
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print('deep', a, b, c, d)
