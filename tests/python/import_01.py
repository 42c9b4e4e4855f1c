# Importing a package: __init__ runs once, submodules become attributes
import imp_pkg
import imp_pkg
print(imp_pkg.VERSION, imp_pkg.Square(3).area())
print(imp_pkg.__name__, imp_pkg.__package__, imp_pkg.__doc__)
print(imp_pkg.shapes.Square is imp_pkg.Square)
import imp_pkg.util
print(imp_pkg.util.square(5), imp_pkg.util.cube(2))
import imp_pkg.inner as inner
print(inner.LEVEL, inner.cube_plus_one(3))
from imp_pkg.inner import cube_plus_one
print(cube_plus_one(2))
import sys
print('imp_pkg.shapes' in sys.modules, type(sys.modules['imp_pkg']).__name__)
