# Uncaught exception raised inside a generator expression consumed by sum()
def average(values):
    return sum(v / len(values) for v in values)


def total_rate(pairs):
    return sum(distance / hours for distance, hours in pairs)


print(average([2, 4, 6]))
print(total_rate([(10, 2), (9, 3)]))
print(total_rate([(10, 2), (5, 0), (9, 3)]))
