__all__ = ["square", "cube"]


def square(x):
    return x * x


def cube(x):
    return x * x * x


def _hidden():
    return "hidden"
