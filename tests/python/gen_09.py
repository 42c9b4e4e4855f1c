# Generators as iterators: pipelines, state, attributes
def read_lines(text):
    for line in text.split('\n'):
        yield line

def strip_comments(lines):
    for line in lines:
        if '#' in line:
            line = line[:line.index('#')]
        yield line

def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()

def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield str(n) + ': ' + line

text = 'alpha\n# comment only\nbeta  # trailing\n\n  gamma\n'
for row in numbered(non_empty(strip_comments(read_lines(text)))):
    print(row)

# generator frame state
def g():
    yield 1
    yield 2

it = g()
print(it.__name__)
print(it.gi_running)
next(it)
next(it)
print(list(it))
print(it.gi_running)

# generator methods inside a class
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
print(list(t.leaves()))
print(sum(t), max(t), 4 in t, 7 in t)

# each call creates an independent generator
a, b = g(), g()
print(next(a), next(a), next(b))
