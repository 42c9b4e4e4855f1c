# sys._getframe basics
import sys

def current_name():
    return sys._getframe().f_code.co_name

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    print(current_name(), caller_name())
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name)
    return inner()

def inner():
    x = 10
    y = 'text'
    f = sys._getframe()
    loc = f.f_locals
    print(sorted(loc.keys()))
    print(loc['x'], loc['y'])
    print(f.f_globals is globals())
    print(f.f_lineno)
    return sys._getframe(2).f_code.co_name

print(outer())
top = sys._getframe()
print(top.f_code.co_name, top.f_back)
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)

class K:
    def method(self):
        return sys._getframe().f_code.co_name
    name_in_body = sys._getframe().f_code.co_name
print(K().method(), K.name_in_body)

gen_names = []
def gen():
    gen_names.append(sys._getframe().f_code.co_name)
    yield 1
list(gen())
print(gen_names)
print((lambda: sys._getframe().f_code.co_name)())
