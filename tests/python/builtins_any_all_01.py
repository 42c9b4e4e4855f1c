# any and all
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any(''), all(''), any('a'), all(('a', '')), any([None, False, 0.0, '', (), []]))
print(all([1, 2.0, 'x', [0], (0,), {0: 0}]), any(range(0)), any(range(2)), all(range(1, 5)))
print(any(iter([0, 0, 3])), all(iter([])), all({'': 1}), any({0: 'a'}))
nums = [2, 4, 6, 9]
evens = []
for n in nums:
    evens.append(n % 2 == 0)
print(evens, all(evens), any(evens))
flags = []
for w in ['apple', 'Banana', 'cherry']:
    flags.append(w.islower())
print(flags, all(flags), any(flags))
print(any([float('nan')]), all([float('nan'), -0.0]))
