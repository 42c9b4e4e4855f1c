# Uncaught ZeroDivisionError raised three calls deep
def average(values):
    total = 0
    for v in values:
        total += v
    print('total', total, 'count', len(values))
    return total / len(values)

def report(name, values):
    avg = average(values)
    print(name, 'average', avg)
    return avg

def main():
    report('first', [1, 2, 3, 4])
    report('second', [10.5, -0.5])
    report('empty', [])
    print('not reached')

main()
