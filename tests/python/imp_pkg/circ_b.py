from . import circ_a
B_VALUE = "b"


def from_a():
    return circ_a.A_VALUE
