# sorted(), min(), max() and list.sort() with user objects defining __lt__
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __lt__(self, o):
        if self.rank != o.rank:
            return self.rank < o.rank
        return self.suit < o.suit

    def __repr__(self):
        return str(self.rank) + self.suit

cards = [Card(10, 'h'), Card(2, 's'), Card(10, 'c'), Card(7, 'd'), Card(2, 'c')]
print(sorted(cards))
print(sorted(cards, reverse=True))
print(min(cards), max(cards))
cards.sort()
print(cards)

# sort is stable and only needs __lt__
class Item:
    def __init__(self, key, label):
        self.key = key
        self.label = label

    def __lt__(self, o):
        return self.key < o.key

    def __repr__(self):
        return self.label

items = [Item(2, 'a'), Item(1, 'b'), Item(2, 'c'), Item(1, 'd'), Item(0, 'e')]
print(sorted(items))
print(sorted(items, reverse=True))

class NoOrder:
    pass

try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print('TypeError:', e)
