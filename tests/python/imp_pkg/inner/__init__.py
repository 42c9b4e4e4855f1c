from ..util import cube as _cube
LEVEL = "inner"


def cube_plus_one(x):
    return _cube(x) + 1
