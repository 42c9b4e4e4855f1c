# Functions defined inside methods close over self and locals
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def make_depositor(self, fee):
        def deposit(amount):
            self.history.append(amount - fee)
            return self.owner + ' +' + str(amount - fee)
        return deposit

    def totals(self):
        def running():
            out = []
            total = 0
            for h in self.history:
                total = total + h
                out.append(total)
            return out
        return running()

a = Account('ann')
dep = a.make_depositor(1)
print(dep(10))
print(dep(5))
print(a.history, a.totals())
print(dep.__name__, dep.__qualname__)
print(Account.totals.__qualname__)

class Counter:
    def __init__(self):
        self.n = 0

    def incrementer(self, step):
        def inc():
            self.n = self.n + step
            return self.n
        return inc

c = Counter()
by1 = c.incrementer(1)
by10 = c.incrementer(10)
print(by1(), by10(), by1(), c.n)
