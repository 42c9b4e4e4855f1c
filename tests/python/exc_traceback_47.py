# TypeError: unhashable type used as dict key
d = {}
d[(1, 2)] = 'tuple ok'
d['s'] = 'str ok'
d[3.5] = 'float ok'
d[None] = 'None ok'
print(d)
key = [1, 2]
print(tuple(key) in d)
print(d[tuple(key)])
d[key] = 'list fails'
