# Measures exceptions in hot loops: try/except around dict lookups and int parsing, raising and
# catching custom exception classes, exception chaining, finally and else blocks.

N = 40000
ROUNDS = 18


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, need):
        super().__init__("account %d needs %d" % (account, need))
        self.account = account
        self.need = need


class FrozenAccount(LedgerError):
    pass


def parse_all(tokens):
    good = 0
    bad = 0
    total = 0
    for t in tokens:
        try:
            v = int(t)
        except ValueError:
            bad += 1
            try:
                v = int(float(t))
            except ValueError:
                v = len(t)
        else:
            good += 1
        total += v
    return good, bad, total


def lookup_all(d, keys):
    hits = 0
    misses = 0
    acc = 0
    for k in keys:
        try:
            acc += d[k]
            hits += 1
        except KeyError:
            misses += 1
    return hits, misses, acc


def withdraw(balances, frozen, acct, amount):
    if acct in frozen:
        raise FrozenAccount(acct)
    bal = balances[acct]
    if bal < amount:
        raise InsufficientFunds(acct, amount - bal)
    balances[acct] = bal - amount
    return amount


def run_ledger(n, seed):
    balances = [500] * 64
    frozen = {3, 17, 40}
    x = seed
    paid = 0
    short = 0
    frozen_hits = 0
    finals = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        acct = x % 64
        amount = (x >> 8) % 120
        try:
            try:
                paid += withdraw(balances, frozen, acct, amount)
            finally:
                finals += 1
        except InsufficientFunds as e:
            short += e.need
            balances[e.account] += 300
        except LedgerError:
            frozen_hits += 1
    return paid, short, frozen_hits, finals


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        raise ValueError("bad divisor") from e


def nested_errors(n):
    chained = 0
    caught = 0
    for i in range(n):
        try:
            checked_div(i, i % 7)
        except ValueError as e:
            if isinstance(e.__cause__, ZeroDivisionError):
                chained += 1
        try:
            [1, 2, 3][i % 5]
        except IndexError:
            caught += 1
        try:
            None if i % 4 else {}.pop("missing")
        except (KeyError, TypeError):
            caught += 2
    return chained, caught


def deep(n):
    if n == 0:
        raise LedgerError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def main():
    x = 7
    tokens = []
    for i in range(N):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % 10
        if k < 6:
            tokens.append(str(x % 100000))
        elif k < 8:
            tokens.append(str(x % 1000) + ".5")
        else:
            tokens.append("x" + str(k))
    d = {}
    for i in range(0, N, 3):
        d["k" + str(i)] = i
    keys = ["k" + str(i) for i in range(N)]
    check = 0
    for r in range(ROUNDS):
        good, bad, total = parse_all(tokens)
        hits, misses, acc = lookup_all(d, keys)
        paid, short, frozen_hits, finals = run_ledger(N, r + 1)
        chained, caught = nested_errors(N // 2)
        depth_errors = 0
        for j in range(200):
            try:
                deep(20)
            except LedgerError as e:
                depth_errors += len(e.args[0])
        check = (check * 31 + good + bad + total + hits + misses + acc + paid + short
                 + frozen_hits + finals + chained + caught + depth_errors) % 1000000007
    try:
        withdraw([0] * 5, set(), 2, 10)
    except InsufficientFunds as e:
        msg = str(e)
    print("exceptions", N, good, bad, hits, misses, paid, short, frozen_hits, chained, caught)
    print("message", msg)
    print("exceptions checksum", check)


main()
