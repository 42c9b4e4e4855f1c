# A keyword used as a variable name inside a function
def compute(values):
    total = 0
    for v in values:
        total += v
    class = 'sum'
    return total

print(compute([1, 2]))
