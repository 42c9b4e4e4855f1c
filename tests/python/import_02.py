# from-imports, aliases, import *, and errors
from imp_pkg.util import square as sq, cube
print(sq(4), cube(3))
from imp_pkg.util import *
print(square(2))
try:
    _hidden
except NameError as e:
    print("NameError:", e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.__class__.__bases__[0].__name__)
try:
    from imp_pkg import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import imp_pkg.util.deeper
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import imp_pkg.broken
except ValueError as e:
    print("ValueError:", e)
import sys
print('imp_pkg.broken' in sys.modules)
