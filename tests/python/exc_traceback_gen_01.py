# Uncaught exception raised inside a generator consumed by a for loop
def parse_all(items):
    for item in items:
        yield int(item)

def total(items):
    s = 0
    for n in parse_all(items):
        print('parsed', n)
        s += n
    return s

print(total(['1', '2', 'three', '4']))
