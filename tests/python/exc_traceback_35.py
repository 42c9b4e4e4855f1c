# TypeError from sorted() comparing int and str
print(sorted([3, 1, 2]))
print(sorted(['b', 'a']))
print(sorted([2.5, 1, True]))
print(sorted([(1, 'b'), (1, 'a')]))
mixed = [3, 'a', 1]
print(mixed, len(mixed))
print(mixed[0] + mixed[2])
print('sorting')
print(sorted(mixed))
