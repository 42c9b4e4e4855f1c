"""Python's operators as plain functions.

Every operator has a function here: add(a, b) computes a + b, lt(a, b)
computes a < b, iadd(a, b) performs a += b, and so on.  Each function is
also available under its special-method name (__add__, __lt__, ...).

The module also has three small callable classes that are handy as sort
and map keys: itemgetter (subscripting), attrgetter (attribute lookup, with
dotted paths) and methodcaller (calling a named method).
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
    'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd',
    'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
    'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
    'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint',
    'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg',
    'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv',
    'truth', 'xor',
]

# The builtin is shadowed by operator.abs below.
_abs = abs


# --- Comparisons -----------------------------------------------------------

def lt(a, b, /):
    "Return a < b."
    return a < b


def le(a, b, /):
    "Return a <= b."
    return a <= b


def eq(a, b, /):
    "Return a == b."
    return a == b


def ne(a, b, /):
    "Return a != b."
    return a != b


def ge(a, b, /):
    "Return a >= b."
    return a >= b


def gt(a, b, /):
    "Return a > b."
    return a > b


# --- Logical operations ----------------------------------------------------

def not_(a, /):
    "Return not a."
    return not a


def truth(a, /):
    "Return the truth value of a as a bool."
    return True if a else False


def is_(a, b, /):
    "Return a is b."
    return a is b


def is_not(a, b, /):
    "Return a is not b."
    return a is not b


# --- Arithmetic and bitwise operations ---------------------------------------

def abs(a, /):
    "Return abs(a)."
    return _abs(a)


def add(a, b, /):
    "Return a + b."
    return a + b


def and_(a, b, /):
    "Return a & b."
    return a & b


def floordiv(a, b, /):
    "Return a // b."
    return a // b


def index(a, /):
    "Return a converted to an int through its __index__ method."
    if type(a) is int:
        return a
    if isinstance(a, int):
        result = a
    else:
        method = getattr(type(a), '__index__', None)
        if method is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(a).__name__)
        result = method(a)
        if type(result) is int:
            return result
        if not isinstance(result, int):
            raise TypeError("__index__ returned non-int (type %s)"
                            % type(result).__name__)
    # The result is always an exact int, even for int subclasses (bool).
    return int.__index__(result)


def inv(a, /):
    "Return ~a."
    return ~a


invert = inv


def lshift(a, b, /):
    "Return a << b."
    return a << b


def mod(a, b, /):
    "Return a % b."
    return a % b


def mul(a, b, /):
    "Return a * b."
    return a * b


def matmul(a, b, /):
    "Return a @ b."
    return a @ b


def neg(a, /):
    "Return -a."
    return -a


def or_(a, b, /):
    "Return a | b."
    return a | b


def pos(a, /):
    "Return +a."
    return +a


def pow(a, b, /):
    "Return a ** b."
    return a ** b


def rshift(a, b, /):
    "Return a >> b."
    return a >> b


def sub(a, b, /):
    "Return a - b."
    return a - b


def truediv(a, b, /):
    "Return a / b."
    return a / b


def xor(a, b, /):
    "Return a ^ b."
    return a ^ b


# --- Sequence operations ---------------------------------------------------

def _is_sequence(obj):
    # Mirrors the C-level "is this a sequence" test: dicts have __getitem__
    # too but are mappings, so they do not count.
    return hasattr(type(obj), '__getitem__') and not isinstance(obj, dict)


def concat(a, b, /):
    "Sequence version of a + b: a must be a sequence."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b, /):
    "Return b in a (the container comes first)."
    return b in a


def _iterate(obj):
    try:
        return iter(obj)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % type(obj).__name__) from None


def countOf(a, b, /):
    "Count the items of a that are b or equal to b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    "Perform del a[b]."
    del a[b]


def getitem(a, b, /):
    "Return a[b]."
    return a[b]


def indexOf(a, b, /):
    "Position of the first item of a that is b or equal to b."
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Perform a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """Guess how many items obj will produce, without consuming it.

    len(obj) is exact and used when available; otherwise the object's
    __length_hint__ is asked, and default is returned when neither helps.
    """
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# --- Calling ---------------------------------------------------------------

def call(obj, /, *args, **kwargs):
    "Call obj with the remaining arguments."
    return obj(*args, **kwargs)


# --- Generalized lookup objects --------------------------------------------

class attrgetter:
    """Callable that looks up fixed attributes on its argument.

    attrgetter('size')(obj) is obj.size; a dotted name follows a chain of
    attributes, so attrgetter('owner.name')(obj) is obj.owner.name.  With
    several names the call returns a tuple with one value per name.
    """
    __slots__ = ('_names', '_paths')

    def __init__(self, /, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        # Each dotted name is split once, here, rather than on every call.
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return _resolve_path(obj, self._paths[0])
        return tuple([_resolve_path(obj, path) for path in self._paths])

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._names)))

    def __reduce__(self):
        return type(self), self._names


def _resolve_path(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """Callable that subscripts its argument with fixed keys or indexes.

    itemgetter(1)(seq) is seq[1]; with several items the call returns a
    tuple, so itemgetter(0, 2)(seq) is (seq[0], seq[2]).
    """
    __slots__ = ('_items', '_single')

    def __init__(self, /, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1

    def __call__(self, obj, /):
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[item] for item in self._items])

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """Callable that calls a named method of its argument.

    methodcaller('split', ',', maxsplit=1)(text) is
    text.split(',', maxsplit=1): the name and the arguments are fixed when
    the methodcaller is made.
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % item for item in self._kwargs.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# --- In-place operations ---------------------------------------------------

def iadd(a, b, /):
    "Apply a += b and return the resulting a."
    a += b
    return a


def iand(a, b, /):
    "Apply a &= b and return the resulting a."
    a &= b
    return a


def iconcat(a, b, /):
    "Sequence version of a += b: a must be a sequence."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b, /):
    "Apply a //= b and return the resulting a."
    a //= b
    return a


def ilshift(a, b, /):
    "Apply a <<= b and return the resulting a."
    a <<= b
    return a


def imod(a, b, /):
    "Apply a %= b and return the resulting a."
    a %= b
    return a


def imul(a, b, /):
    "Apply a *= b and return the resulting a."
    a *= b
    return a


def imatmul(a, b, /):
    "Apply a @= b and return the resulting a."
    a @= b
    return a


def ior(a, b, /):
    "Apply a |= b and return the resulting a."
    a |= b
    return a


def ipow(a, b, /):
    "Apply a **= b and return the resulting a."
    a **= b
    return a


def irshift(a, b, /):
    "Apply a >>= b and return the resulting a."
    a >>= b
    return a


def isub(a, b, /):
    "Apply a -= b and return the resulting a."
    a -= b
    return a


def itruediv(a, b, /):
    "Apply a /= b and return the resulting a."
    a /= b
    return a


def ixor(a, b, /):
    "Apply a ^= b and return the resulting a."
    a ^= b
    return a


# --- Dunder aliases --------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
