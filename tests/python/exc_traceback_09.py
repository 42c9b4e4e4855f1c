# KeyError on a dict lookup in a function
def lookup(table, key):
    print('looking up', repr(key))
    return table[key]

prices = {'apple': 1.25, 'pear': 0.75}
print(lookup(prices, 'apple'))
print(lookup(prices, 'pear'))
print('mango' in prices, prices.get('mango'))
print(sorted(prices))
print(lookup(prices, 'mango'))
