# Bank ledger simulation: accounts, transactions, a ledger with audit, and exceptions
class BankError(Exception):
    pass


class AccountNotFound(BankError, LookupError):
    def __init__(self, number):
        super().__init__(number)
        self.number = number

    def __str__(self):
        return f"no account #{self.number}"


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"#{account.number} ({account.owner}) cannot cover {fmt(amount)}; "
                         f"balance {fmt(account.balance)}, limit {fmt(account.overdraft)}")
        self.shortfall = amount - account.available()


class FrozenAccount(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


def fmt(cents):
    if not isinstance(cents, int):
        return f"?{cents!r}"
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Transaction:
    next_id = 1

    def __init__(self, kind, amount, src=None, dst=None, memo=""):
        self.id = Transaction.next_id
        Transaction.next_id += 1
        self.kind = kind
        self.amount = amount
        self.src = src
        self.dst = dst
        self.memo = memo
        self.day = None

    def __repr__(self):
        parts = [f"T{self.id:03d}", self.kind, fmt(self.amount)]
        if self.src is not None:
            parts.append(f"from #{self.src}")
        if self.dst is not None:
            parts.append(f"to #{self.dst}")
        if self.memo:
            parts.append(f"({self.memo})")
        return " ".join(parts)


class Account:
    def __init__(self, number, owner, overdraft=0):
        self.number = number
        self.owner = owner
        self.balance = 0
        self.overdraft = overdraft
        self.frozen = False
        self.history = []

    def available(self):
        return self.balance + self.overdraft

    def _check(self, amount):
        if not isinstance(amount, int) or amount <= 0:
            raise InvalidAmount(f"amount must be a positive number of cents, got {amount!r}")
        if self.frozen:
            raise FrozenAccount(f"#{self.number} is frozen")

    def credit(self, amount, txn):
        self._check(amount)
        self.balance += amount
        self.history.append((txn.id, amount))

    def debit(self, amount, txn):
        self._check(amount)
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append((txn.id, -amount))

    def __repr__(self):
        flag = " [FROZEN]" if self.frozen else ""
        return f"#{self.number} {self.owner:<6} {fmt(self.balance):>12}{flag}"


class SavingsAccount(Account):
    def __init__(self, number, owner, rate_bp):
        super().__init__(number, owner)
        self.rate_bp = rate_bp
        self.withdrawals = 0

    def debit(self, amount, txn):
        if self.withdrawals >= 2:
            raise BankError(f"#{self.number}: savings withdrawal limit reached")
        super().debit(amount, txn)
        self.withdrawals += 1

    def accrue(self):
        return self.balance * self.rate_bp // 10000


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = []
        self.failed = []
        self.day = 0
        self.next_number = 100

    def open(self, owner, kind=Account, **options):
        self.next_number += 1
        acct = kind(self.next_number, owner, **options)
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise AccountNotFound(number) from None

    def _post(self, txn, action):
        txn.day = self.day
        try:
            action()
        except BankError as e:
            self.failed.append((txn, e))
            print(f"  day {self.day}: FAILED {txn!r}: {type(e).__name__}: {e}")
            return False
        self.ledger.append(txn)
        return True

    def deposit(self, number, amount, memo=""):
        txn = Transaction("deposit", amount, dst=number, memo=memo)
        return self._post(txn, lambda: self.get(number).credit(amount, txn))

    def withdraw(self, number, amount, memo=""):
        txn = Transaction("withdraw", amount, src=number, memo=memo)
        return self._post(txn, lambda: self.get(number).debit(amount, txn))

    def transfer(self, src, dst, amount, memo=""):
        txn = Transaction("transfer", amount, src=src, dst=dst, memo=memo)

        def action():
            a, b = self.get(src), self.get(dst)
            a.debit(amount, txn)
            try:
                b.credit(amount, txn)
            except BankError:
                a.balance += amount
                a.history.pop()
                raise
        return self._post(txn, action)

    def end_of_day(self):
        for acct in self.accounts.values():
            if isinstance(acct, SavingsAccount):
                interest = acct.accrue()
                if interest:
                    self.deposit(acct.number, interest, memo="interest")
                acct.withdrawals = 0
            elif acct.balance < 0:
                fee = 500
                txn = Transaction("fee", fee, src=acct.number, memo="overdraft fee")
                txn.day = self.day
                acct.balance -= fee
                acct.history.append((txn.id, -fee))
                self.ledger.append(txn)
        self.day += 1

    def audit(self):
        total_in = sum(t.amount for t in self.ledger if t.kind in ("deposit",))
        total_out = sum(t.amount for t in self.ledger if t.kind in ("withdraw", "fee"))
        held = sum(a.balance for a in self.accounts.values())
        ok = total_in - total_out == held
        for a in self.accounts.values():
            if sum(amount for _, amount in a.history) != a.balance:
                ok = False
                print("  history mismatch for", a.number)
        return total_in, total_out, held, ok


bank = Bank("Tiercel Savings & Loan")
alice = bank.open("alice", overdraft=10000)
bob = bank.open("bob")
carol = bank.open("carol", SavingsAccount, rate_bp=150)
print("opened:", sorted(bank.accounts))

day_plans = [
    [("deposit", alice.number, 50000), ("deposit", bob.number, 12050),
     ("deposit", carol.number, 100000), ("transfer", alice.number, bob.number, 2500, "rent"),
     ("withdraw", bob.number, 20000)],
    [("withdraw", alice.number, 55000, "car"), ("transfer", carol.number, alice.number, 1000),
     ("transfer", carol.number, bob.number, 1000), ("transfer", carol.number, bob.number, 1000),
     ("deposit", 999, 100), ("deposit", bob.number, -5), ("deposit", bob.number, 10.5)],
    [("freeze", bob.number), ("transfer", alice.number, bob.number, 100),
     ("withdraw", bob.number, 100), ("unfreeze", bob.number), ("transfer", alice.number, bob.number, 100)],
]

for plan in day_plans:
    print(f"-- day {bank.day} --")
    for op, *args in plan:
        match op:
            case "deposit":
                bank.deposit(*args)
            case "withdraw":
                bank.withdraw(*args)
            case "transfer":
                bank.transfer(*args)
            case "freeze" | "unfreeze":
                bank.get(args[0]).frozen = op == "freeze"
                print(f"  day {bank.day}: #{args[0]} -> {op}")
    bank.end_of_day()
    for acct in bank.accounts.values():
        print("  ", acct)

print("-- ledger --")
for txn in bank.ledger:
    print(f"  d{txn.day} {txn!r}")
print("-- failures by type --")
by_type = {}
for txn, err in bank.failed:
    by_type.setdefault(type(err).__name__, []).append(txn.id)
for name in sorted(by_type):
    print(f"  {name}: {by_type[name]}")
short = [err.shortfall for _, err in bank.failed if isinstance(err, InsufficientFunds)]
print("shortfalls:", [fmt(s) for s in short])
total_in, total_out, held, ok = bank.audit()
print(f"audit: in {fmt(total_in)} out {fmt(total_out)} held {fmt(held)} balanced={ok}")
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner, "| negative:", [a.owner for a in bank.accounts.values() if a.balance < 0])
try:
    bank.get(555)
except LookupError as e:
    print("lookup:", e, "| cause suppressed:", e.__suppress_context__, e.__cause__)
