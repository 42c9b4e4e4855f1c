# isinstance with builtin types and tuples
vals = [1, 1.0, 'a', True, None, [1], (1,), {'a': 1}, 2 ** 100, range(1)]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, str), isinstance(v, bool), isinstance(v, list), isinstance(v, tuple), isinstance(v, dict), isinstance(v, range))
print(isinstance(1, (str, int)), isinstance('x', (int, float)), isinstance(2.0, (int, (str, float))))
print(isinstance(True, (float,)), isinstance(1, ()))
e = ValueError('v')
print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, TypeError))
print(isinstance(KeyError('k'), LookupError), isinstance(IndexError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(OverflowError(), ArithmeticError), isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(UnboundLocalError(), NameError), isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
print(isinstance(StopIteration(), Exception), isinstance(AssertionError(), Exception), isinstance(AttributeError(), Exception))
