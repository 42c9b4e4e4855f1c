# A ledger simulation combining dicts, lists, exceptions, and formatting helpers
accounts = {}
log = []

def fmt_money(cents):
    sign = '-' if cents < 0 else ''
    cents = abs(cents)
    return sign + str(cents // 100) + '.' + str(cents % 100).zfill(2)

def open_account(name, initial):
    if name in accounts:
        raise ValueError('duplicate account ' + name)
    if initial < 0:
        raise ValueError('negative opening balance')
    accounts[name] = initial
    log.append(('open', name, initial))

def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError('amount must be positive')
    if src not in accounts:
        raise KeyError(src)
    if dst not in accounts:
        raise KeyError(dst)
    if accounts[src] < amount:
        raise RuntimeError('insufficient funds in ' + src + ': ' + fmt_money(accounts[src]))
    accounts[src] -= amount
    accounts[dst] += amount
    log.append(('xfer', src, dst, amount))

def apply_interest(rate_percent):
    global total_interest
    for name in sorted(accounts):
        bal = accounts[name]
        interest = round(bal * rate_percent / 100)
        accounts[name] = bal + interest
        total_interest += interest

total_interest = 0
open_account('alice', 10000)
open_account('bob', 2550)
open_account('carol', 0)
requests = [
    ('alice', 'bob', 1999),
    ('bob', 'carol', 4549),
    ('carol', 'alice', 100),
    ('dave', 'alice', 5),
    ('alice', 'erin', 5),
    ('bob', 'alice', 0),
    ('bob', 'carol', 5000),
    ('alice', 'carol', 1),
]
ok = 0
failed = 0
for src, dst, amount in requests:
    try:
        transfer(src, dst, amount)
    except KeyError as e:
        failed += 1
        print('unknown account', e)
    except (ValueError, RuntimeError) as e:
        failed += 1
        print(type(e).__name__ + ':', e)
    else:
        ok += 1
        print('moved', fmt_money(amount), 'from', src, 'to', dst)
    finally:
        pass
print('ok', ok, 'failed', failed)
for attempt in [('alice', 5), ('zed', -1)]:
    try:
        open_account(attempt[0], attempt[1])
    except ValueError as e:
        print('open failed:', e.args[0])
for name in sorted(accounts):
    print(name.ljust(6), fmt_money(accounts[name]).rjust(10))
total_before = sum(accounts.values())
apply_interest(2.5)
apply_interest(-1)
print('interest paid', fmt_money(total_interest))
print('total', fmt_money(total_before), '->', fmt_money(sum(accounts.values())))
print(total_before + total_interest == sum(accounts.values()))
kinds = {}
for entry in log:
    kinds[entry[0]] = kinds.get(entry[0], 0) + 1
print(kinds, len(log))
print(log[-1], log[0])
richest = None
for name, bal in accounts.items():
    if richest is None or bal > accounts[richest]:
        richest = name
print('richest', richest, fmt_money(accounts[richest]))
print(fmt_money(-5), fmt_money(7), fmt_money(123456789))
