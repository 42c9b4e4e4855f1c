# The class body runs like code; mutable class attributes are shared
print('before class')

class Table:
    print('in class body')
    size = 3
    squares = []
    i = 0
    while i < size:
        squares.append(i * i)
        i = i + 1
    total = 0
    for s in squares:
        total = total + s
    if total > 3:
        big = True
    else:
        big = False

    def show(self):
        return self.squares

print('after class')
print(Table.size, Table.squares, Table.i, Table.total, Table.big)

# a mutable class attribute is shared by all instances
class Bag:
    items = []

    def add(self, x):
        self.items.append(x)

x = Bag()
y = Bag()
x.add(1)
y.add(2)
print(x.items, y.items, Bag.items, x.items is y.items)

# rebinding on the instance breaks the sharing
x.items = ['own']
x.add(3)
print(x.items, y.items, Bag.items)
