# AttributeError on a list method, called through a function
def add_all(items, extra):
    for x in extra:
        items.apend(x)
    return items

print(add_all([], []))
print(add_all([1], [2, 3]))
