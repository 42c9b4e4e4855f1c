"""A package for the import tests."""
print("imp_pkg: initializing", __name__, __package__)
from .shapes import Square
VERSION = (1, 2)
