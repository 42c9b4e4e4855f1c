# TypeError: cannot unpack non-iterable int
def split_pair(p):
    first, second = p
    return second, first

print(split_pair((1, 2)))
print(split_pair('xy'))
print(split_pair([3, 4]))
print(split_pair(range(2)))
print(split_pair(7))
