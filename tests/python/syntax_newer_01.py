# Type parameter lists are Python 3.12 syntax.
def first[T](xs):
    return xs[0]
