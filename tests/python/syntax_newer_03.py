# Generic classes with [T] are Python 3.12 syntax.
class Box[T]:
    pass
