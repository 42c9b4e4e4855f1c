# AssertionError with a message
balance = 100
history = []
for amount in [30, 50, 40]:
    print('withdrawing', amount)
    assert amount > 0, 'amounts are positive'
    assert balance - amount >= 0, 'insufficient funds: ' + str(balance)
    balance -= amount
    history.append(amount)
    print('balance', balance, 'history', history)
print('not reached')
