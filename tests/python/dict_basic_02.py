# Numeric key equivalence: 1 == 1.0 == True
d = {1: 'a'}
print(d[1], d[1.0], d[True])
d[1.0] = 'b'
print(d)
d[True] = 'c'
print(d)
d[0] = 'zero'
print(d[False], d[0.0], d[-0.0])
print(len(d))
e = {True: 'first'}
e[1] = 'second'
print(e)
f = {}
f[2 ** 64] = 'big'
print(f[2.0 ** 64], f[18446744073709551616])
print(1 in {1.0: 'x'}, 1.5 in {1: 'x'}, 'a' in {'a': 1})
g = {0.5: 'half', 10 ** 20: 'huge', -1: 'neg'}
print(g[0.5], g[1e20], g[-1.0])
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
