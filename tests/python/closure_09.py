# Several closures sharing one cell
def make_box(initial):
    value = initial

    def get():
        return value

    def set(v):
        nonlocal value
        value = v

    def add(v):
        nonlocal value
        value = value + v
        return value

    return get, set, add

get, set_, add = make_box(1)
print(get())
set_(10)
print(get(), add(5), get())

get2, set2, add2 = make_box('a')
add2('b')
print(get2(), get())

# the outer function can still change the variable after defining the closure
def later():
    items = ['start']

    def show():
        return items

    items = ['replaced']
    return show

print(later()())

# each call of the middle function makes a fresh cell for its closure
def bank():
    accounts = {}

    def open_acct(name):
        balance = 0

        def deposit(x):
            nonlocal balance
            balance = balance + x
            return name + ':' + str(balance)

        accounts[name] = deposit
        return deposit

    return open_acct, accounts

open_acct, accounts = bank()
open_acct('a')(5)
open_acct('b')(1)
print(accounts['a'](10), accounts['b'](1), accounts['a'](0))
