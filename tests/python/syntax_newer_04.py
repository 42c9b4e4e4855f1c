# Unparenthesized exception lists are Python 3.14 syntax.
try:
    pass
except ValueError, TypeError:
    print("caught")
