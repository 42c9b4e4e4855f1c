def f(a, b=2, *args, c, **kw):
    x = 1
    def g():
        return x + a
    return g
c = f.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames, c.co_cellvars, c.co_nlocals, c.co_firstlineno)
g = f(1, c=3)
print(g.__code__.co_freevars, g.__code__.co_qualname, g.__code__.co_varnames, c.co_filename.endswith(".py"))
print(type(c.co_code).__name__, type(c.co_consts).__name__, type(c.co_names).__name__)
