# Template strings are Python 3.14 syntax.
x = 1
y = t"{x}"
