# Uncaught user exception raised inside a method
class InsufficientFunds(Exception):
    pass

class Wallet:
    def __init__(self, cash):
        self.cash = cash

    def pay(self, amount):
        if amount > self.cash:
            raise InsufficientFunds('need ' + str(amount) + ', have ' + str(self.cash))
        self.cash = self.cash - amount
        return self.cash

def shop(wallet, prices):
    for p in prices:
        print('paid', p, 'left', wallet.pay(p))

shop(Wallet(10), [3, 4, 5])
