# hasattr, getattr, setattr, delattr with user objects
class Box:
    size = 'M'

    def __init__(self):
        self.items = []

b = Box()
print(hasattr(b, 'items'), hasattr(b, 'size'), hasattr(b, 'color'))
print(getattr(b, 'items'), getattr(b, 'size'), getattr(b, 'color', 'none'))
setattr(b, 'color', 'red')
print(hasattr(b, 'color'), b.color, getattr(b, 'color', 'none'))
name = 'wei' + 'ght'
setattr(b, name, 12)
print(b.weight, getattr(b, name))
delattr(b, 'color')
print(hasattr(b, 'color'))

try:
    getattr(b, 'color')
except AttributeError as e:
    print('AttributeError:', e)

try:
    delattr(b, 'color')
except AttributeError as e:
    print('AttributeError:', e)

try:
    del b.nothing
except AttributeError as e:
    print('AttributeError:', e)

try:
    getattr(Box, 'missing')
except AttributeError as e:
    print('AttributeError:', e)

try:
    getattr(b, 5)
except TypeError as e:
    print('TypeError:', e)

# getattr to fetch a method and call it
b.items.append(1)
append = getattr(b.items, 'append')
append(2)
print(b.items)
for field in ['size', 'weight', 'items']:
    print(field, getattr(b, field))
