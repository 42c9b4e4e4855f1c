# sys.argv, sys.path and sys.modules basics
import sys

print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith('sys_mod_01.py'))
print(isinstance(sys.path, list), len(sys.path) > 0)
print(all(isinstance(p, str) for p in sys.path))

print('sys' in sys.modules, sys.modules['sys'] is sys)
print(type(sys.modules).__name__)
main = sys.modules['__main__']
print(main.__name__, __name__)
print(main is sys.modules[__name__])

import math
print('math' in sys.modules, sys.modules['math'] is math)

# a module object registered by hand is what import finds
import types
fake = types.ModuleType('fake_mod_for_test')
fake.answer = 42
sys.modules['fake_mod_for_test'] = fake
import fake_mod_for_test
print(fake_mod_for_test.answer, fake_mod_for_test is fake)
del sys.modules['fake_mod_for_test']
print('fake_mod_for_test' in sys.modules)

# sys.argv is an ordinary list and can be changed
saved = list(sys.argv)
sys.argv.append('--extra')
print(sys.argv[1:])
sys.argv[:] = saved
print(len(sys.argv))

# builtin module names
print('sys' in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__)
