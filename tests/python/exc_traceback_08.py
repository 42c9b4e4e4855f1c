# IndexError: list index out of range inside a loop
data = [5, 10, 15]
print(data, len(data))
print(data[0], data[-1], data[len(data) - 1])
total = 0
i = 0
while True:
    total += data[i]
    print('index', i, 'value', data[i], 'total', total)
    i += 1
print('not reached')
