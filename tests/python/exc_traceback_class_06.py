# Uncaught exception raised inside an operator dunder (__add__)
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError('currency mismatch: ' + self.currency + ' vs ' + other.currency)
        return Money(self.amount + other.amount, self.currency)

total = Money(1, 'EUR') + Money(2, 'EUR')
print(total.amount, total.currency)
total = total + Money(5, 'USD')
print(total.amount)
