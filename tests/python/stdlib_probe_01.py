# copy/deepcopy consult copyreg's dispatch table (registered reduction
# functions) before the class's own __reduce_ex__
import copy
import copyreg


class Money:
    def __init__(self, cents, currency='EUR'):
        self.cents = cents
        self.currency = currency
        self.history = []

    def __repr__(self):
        return f'Money({self.cents}, {self.currency!r}, history={self.history})'


def reduce_money(m):
    # Rebuild from the amount only: the history is not copied.
    print('reduce_money called for', m.cents)
    return (Money, (m.cents, m.currency))


m = Money(250)
m.history.append('opened')
print('before registration:', copy.copy(m), copy.deepcopy(m))

copyreg.pickle(Money, reduce_money)
print('registered:', copyreg.dispatch_table.get(Money) is reduce_money)
c = copy.copy(m)
d = copy.deepcopy(m)
print('shallow:', c, c is m)
print('deep:', d)
print('inside a list:', copy.deepcopy([m, m]))


class Ledger:
    """Has its own __reduce__, but the registry wins."""
    def __init__(self, entries):
        self.entries = list(entries)

    def __reduce__(self):
        print('Ledger.__reduce__ called')
        return (Ledger, (self.entries,))

    def __repr__(self):
        return f'Ledger({self.entries})'


def reduce_ledger(ledger):
    print('reduce_ledger called')
    return (Ledger, (sorted(ledger.entries),))


l = Ledger([3, 1, 2])
print(copy.copy(l))
copyreg.pickle(Ledger, reduce_ledger)
print(copy.copy(l), copy.deepcopy(l))

# __copy__/__deepcopy__ still come first.
class Token:
    def __copy__(self):
        return 'Token.__copy__'

    def __deepcopy__(self, memo):
        return 'Token.__deepcopy__'


copyreg.pickle(Token, lambda t: (Token, ()))
print(copy.copy(Token()), copy.deepcopy(Token()))

try:
    copyreg.pickle(Token, 'not callable')
except TypeError as e:
    print(type(e).__name__, e)
