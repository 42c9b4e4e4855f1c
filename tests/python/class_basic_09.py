# Methods calling methods, method chaining, class-level counters
class Builder:
    created = 0

    def __init__(self):
        Builder.created = Builder.created + 1
        self.parts = []

    def add(self, part):
        self.parts.append(part)
        return self

    def add_twice(self, part):
        return self.add(part).add(part)

    def build(self):
        return '-'.join(self.parts)

b = Builder().add('a').add_twice('b').add('c')
print(b.build())
print(Builder().add('x').build())
print(Builder.created)

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance = self.balance + amount
        self._record('deposit', amount)

    def withdraw(self, amount):
        if amount > self.balance:
            self._record('refused', amount)
            return False
        self.balance = self.balance - amount
        self._record('withdraw', amount)
        return True

    def _record(self, what, amount):
        self.log.append((what, amount, self.balance))

acct = Account('ann', 10)
acct.deposit(5)
print(acct.withdraw(30), acct.withdraw(12))
print(acct.balance)
for entry in acct.log:
    print(entry)
