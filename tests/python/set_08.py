# Sets in small algorithms: graph reachability, dedup, intersection of many
graph = {
    'a': ['b', 'c'],
    'b': ['d'],
    'c': ['d', 'e'],
    'd': ['a'],
    'e': [],
    'f': ['e'],
}

def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen

for n in sorted(graph):
    print(n, sorted(reachable(n)))

# nodes that nobody points to
targets = set()
for outs in graph.values():
    targets.update(outs)
print('sources:', sorted(set(graph) - targets))

# order-preserving dedup with a seen set
def dedup(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out

print(dedup([3, 1, 3, 2, 1, 4, 2]))
print(''.join(dedup('hello world')))

# common letters in all words
words = ['stream', 'master', 'tamers', 'armets']
common = set(words[0])
for w in words[1:]:
    common &= set(w)
print(sorted(common))
print(sorted(set.intersection(*[set(w) for w in ['abc', 'bcd', 'cde']])))
print(sorted(set().union(*[set(w) for w in ['ab', 'bc', 'cd']])))

# counting distinct
text = 'the quick brown fox jumps over the lazy dog the end'
print(len(text.split()), len(set(text.split())))
print(len(set(text.replace(' ', ''))))
