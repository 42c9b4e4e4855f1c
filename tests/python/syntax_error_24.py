# '=' where '==' was meant in an if condition
x = 4
if x % 2 == 0:
    print('even')
if x = 4:
    print('four')
