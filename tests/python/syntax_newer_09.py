# Type parameter defaults (3.13) inside a 3.12 list.
def make[T = int](x):
    return x
