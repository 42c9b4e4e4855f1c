# Class-based context manager: __enter__ / __exit__ order and the as target
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('<' + self.name + '>')
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print('</' + self.name + '>', exc_type, exc, tb)
        return False

with Tag('p') as value:
    print('inside, as =', value)
print('after')

# without as
with Tag('div'):
    print('body')

# __enter__ returning self
class Resource:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append('enter')
        return self

    def __exit__(self, *args):
        self.log.append('exit')

    def use(self, x):
        self.log.append('use ' + str(x))

r = Resource()
with r as res:
    print(res is r)
    res.use(1)
    res.use(2)
print(r.log)

# the as target can be any assignment target
class Box:
    pass

box = Box()
items = [0, 0]
with Tag('a') as box.attr:
    pass
with Tag('b') as items[1]:
    pass
print(box.attr, items)

# missing protocol methods
class NoExit:
    def __enter__(self):
        return 1

try:
    with NoExit():
        print('not reached')
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ':', e)
