# Bank simulation: exact arithmetic with fractions, seeded random, statistics by hand.
import math
import random
from collections import defaultdict, namedtuple
from fractions import Fraction
from functools import total_ordering

Transaction = namedtuple("Transaction", "day kind account amount balance")


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {money(amount)} "
                         f"(balance {money(account.balance)})")
        self.shortfall = amount - account.balance


class AccountFrozen(Exception):
    pass


def money(value: Fraction) -> str:
    cents = value * 100
    rounded = math.floor(cents + Fraction(1, 2))
    sign = "-" if rounded < 0 else ""
    rounded = abs(rounded)
    return f"{sign}{rounded // 100}.{rounded % 100:02d}"


@total_ordering
class Account:
    _next_number = 1000

    def __init__(self, owner: str, rate_percent: Fraction, opening: Fraction = Fraction(0)):
        self.owner = owner
        self.rate = rate_percent / 100
        self.balance = Fraction(opening)
        self.frozen = False
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance < other.balance

    __hash__ = None

    def __repr__(self):
        return f"Account(#{self.number} {self.owner} {money(self.balance)})"

    def _record(self, day, kind, amount):
        self.history.append(Transaction(day, kind, self.number, amount, self.balance))

    def deposit(self, day, amount):
        if self.frozen:
            raise AccountFrozen(f"#{self.number} is frozen")
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self._record(day, "dep", amount)

    def withdraw(self, day, amount):
        if self.frozen:
            raise AccountFrozen(f"#{self.number} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record(day, "wd", amount)

    def accrue(self, day, days_in_year=365):
        interest = self.balance * self.rate / days_in_year
        self.balance += interest
        self._record(day, "int", interest)
        return interest


class Bank:
    def __init__(self, name, seed):
        self.name = name
        self.rng = random.Random(seed)
        self.accounts = {}
        self.errors = defaultdict(int)

    def open(self, owner, rate, opening):
        acct = Account(owner, Fraction(rate), Fraction(opening))
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, day, src, dst, amount):
        src.withdraw(day, amount)
        try:
            dst.deposit(day, amount)
        except AccountFrozen:
            src.deposit(day, amount)  # roll back
            raise

    def simulate(self, days):
        numbers = sorted(self.accounts)
        for day in range(1, days + 1):
            for _ in range(self.rng.randint(1, 4)):
                acct = self.accounts[self.rng.choice(numbers)]
                kind = self.rng.choices(["dep", "wd", "xfer"], weights=[5, 4, 2])[0]
                amount = Fraction(self.rng.randint(100, 50000), 100)
                try:
                    if kind == "dep":
                        acct.deposit(day, amount)
                    elif kind == "wd":
                        acct.withdraw(day, amount)
                    else:
                        other = self.accounts[self.rng.choice(numbers)]
                        if other is acct:
                            continue
                        self.transfer(day, acct, other, amount)
                except (InsufficientFunds, AccountFrozen) as e:
                    self.errors[type(e).__name__] += 1
            if day == days // 2:
                victim = self.accounts[numbers[-1]]
                victim.frozen = True
                print(f"day {day}: froze {victim!r}")
            for acct in self.accounts.values():
                acct.accrue(day)


def mean(xs):
    xs = list(xs)
    return sum(xs, Fraction(0)) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        raise ValueError("median of empty data")
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def variance(xs):
    xs = list(xs)
    if len(xs) < 2:
        raise ValueError("variance requires at least two data points")
    m = mean(xs)
    return sum(((x - m) ** 2 for x in xs), Fraction(0)) / (len(xs) - 1)


def main():
    bank = Bank("Fraction Savings", seed=2024)
    alice = bank.open("alice", "3/2", 1000)
    bob = bank.open("bob", 2, "250.50")
    carol = bank.open("carol", "0.75", Fraction(99999, 100))
    dave = bank.open("dave", 5, 10)
    print(alice, bob, carol, dave, sep="\n")
    print("rates:", [str(a.rate) for a in bank.accounts.values()])

    try:
        dave.withdraw(0, Fraction(20))
    except InsufficientFunds as e:
        print(type(e).__name__, e, "| shortfall", e.shortfall)
    try:
        dave.deposit(0, Fraction(-1))
    except ValueError as e:
        print(type(e).__name__, e)

    bank.simulate(30)
    print("errors:", dict(sorted(bank.errors.items())))
    ranked = sorted(bank.accounts.values(), reverse=True)
    for acct in ranked:
        kinds = defaultdict(int)
        for t in acct.history:
            kinds[t.kind] += 1
        print(f"{acct.owner:<6} {money(acct.balance):>10} tx={len(acct.history):3d} "
              f"dep={kinds['dep']} wd={kinds['wd']} frozen={acct.frozen}")
    print("richest:", max(bank.accounts.values()).owner, "| poorest:", min(bank.accounts.values()).owner)
    print("alice > bob:", alice > bob, "alice >= alice:", alice >= alice)

    deposits = [t.amount for a in bank.accounts.values() for t in a.history if t.kind == "dep"]
    print("deposits:", len(deposits))
    m = mean(deposits)
    print("mean:", money(m), "exact denominator:", m.denominator)
    print("median:", money(median(deposits)))
    var = variance(deposits)
    print("stdev:", f"{math.sqrt(var):.4f}")
    total_interest = sum((t.amount for a in bank.accounts.values() for t in a.history
                          if t.kind == "int"), Fraction(0))
    print("interest paid:", money(total_interest), f"({float(total_interest):.6f})")
    try:
        variance([Fraction(1)])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        median([])
    except ValueError as e:
        print(type(e).__name__, e)

    # compound interest check: exact vs float
    p = Fraction(1000)
    r = Fraction(5, 100) / 12
    exact = p * (1 + r) ** 12
    approx = 1000 * (1 + 0.05 / 12) ** 12
    print("compound exact:", money(exact), "float:", f"{approx:.6f}")
    print("limit_denominator:", exact.limit_denominator(1000), Fraction(0.1).limit_denominator(100))
    print(Fraction("3.1415"), Fraction(22, 7) - Fraction(355, 113), round(Fraction(7, 2)), round(Fraction(5, 2)))
    print(money(Fraction(-1, 200)), money(Fraction(1, 200)), money(Fraction(123456789, 1000)))
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    rng = random.Random(7)
    sample = rng.sample(range(100), 5)
    rng.shuffle(sample)
    print(sample, rng.random() < 1, f"{rng.uniform(1, 2):.6f}", rng.randrange(0, 100, 5))


main()
