"""Higher-order functions and operations on callable objects.

Provides reduce, partial and partialmethod, the caching decorators
lru_cache, cache and cached_property, the wrapper helpers update_wrapper
and wraps, total_ordering, cmp_to_key, and the single-dispatch generic
function decorators singledispatch and singledispatchmethod.

This is a pure Python implementation; it follows the observable behaviour
of CPython's (partly C) implementation: same results, reprs and errors.
Nothing here is thread-safe, and nothing takes locks.
"""

import sys

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# --- update_wrapper() and wraps() ------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped,
                   assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped, and return wrapper.

    The attributes named in assigned are copied from wrapped to wrapper
    (when wrapped has them), the dicts named in updated are updated from
    wrapped's, and wrapper.__wrapped__ is set to wrapped.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied over from wrapped.__dict__
    # (when wrapped is itself a wrapper) does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(wrapped) on a wrapper
    function applies update_wrapper(wrapper, wrapped, assigned, updated).
    """
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


# --- total_ordering() ----------------------------------------------------------
#
# Each derived method asks the class's own root operation first and passes
# NotImplemented through unchanged, so that Python can still try the
# reflected operation of the other operand.

def _gt_from_lt(self, other):
    """a > b, derived from a < b and a != b."""
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    """a <= b, derived from a < b and a == b."""
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    """a >= b, derived from a < b."""
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    """a >= b, derived from a <= b and a == b."""
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    """a < b, derived from a <= b and a != b."""
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    """a > b, derived from a <= b."""
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    """a < b, derived from a > b and a != b."""
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    """a >= b, derived from a > b and a == b."""
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    """a <= b, derived from a > b."""
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    """a <= b, derived from a >= b and a == b."""
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    """a > b, derived from a >= b and a != b."""
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    """a < b, derived from a >= b."""
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_ORDERING_DERIVATIONS = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator: derive the missing rich comparisons (<, <=, >, >=)
    from one that the class defines (together with ==)."""
    # An operation counts as defined unless it is the one inherited from
    # object (definitions inherited from other bases count too).
    defined = [name for name in _ORDERING_DERIVATIONS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Derive from __lt__ if present, else __le__, else __gt__, else __ge__
    # (which happens to be the reverse alphabetical order of the names).
    root = max(defined)
    for name, method in _ORDERING_DERIVATIONS[root]:
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# Marks an argument that was not passed.
_initial_missing = object()


# --- cmp_to_key() ----------------------------------------------------------

class KeyWrapper:
    """Sort key produced by cmp_to_key(): orders objects by calling mycmp."""
    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp):
        self._cmp = cmp

    def __call__(self, obj=_initial_missing):
        if obj is _initial_missing:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        key = KeyWrapper.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compare(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""
    return KeyWrapper(mycmp)


# --- reduce() --------------------------------------------------------------

def reduce(function, iterable, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]) -> value

    Fold iterable into a single value by applying function(value, item)
    from left to right: reduce(f, [a, b, c]) is f(f(a, b), c).  initial,
    when given, goes before the items and is the result for an empty
    iterable.
    """
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    value = initial
    if value is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# --- partial() and partialmethod() ----------------------------------------

# Objects whose repr is being computed, to print "..." on recursion.
_repr_running = set()


class partial:
    """Callable that calls func with some arguments filled in.

    partial(func, *args, **keywords)(*more, **kw) calls func(*args, *more)
    with keywords updated by kw as keyword arguments.
    """
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # Flatten a nested partial (unless it carries extra attributes or
        # overrides __call__), so that calls go straight to the function.
        if (isinstance(func, partial)
                and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(map(repr, self.args))
            parts.extend('%s=%r' % item for item in self.keywords.items())
        finally:
            _repr_running.discard(key)
        # Like the C type: the base class shows its full dotted name,
        # subclasses just their __name__.
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
                                          self.keywords or None,
                                          self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords) if keywords is not None else {}
        if namespace is not None:
            self.__dict__.update(namespace)


class partialmethod:
    """Method descriptor that works like partial() for methods.

    The bound first argument (self or cls) comes before the frozen
    arguments.  Works with functions and with descriptors such as
    classmethod and staticmethod.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            # Flatten: partialmethod(partialmethod(f, 1), 2) acts like
            # partialmethod(f, 1, 2).
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        # The separators are always there, even around empty parts.
        return '%s.%s(%r, %s, %s)' % (
            type(self).__module__, type(self).__qualname__, self.func,
            ', '.join(map(repr, self.args)),
            ', '.join('%s=%r' % item for item in self.keywords.items()))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # A descriptor (classmethod, a method of obj, ...) gave us
                # something new to call: partially apply that.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- lru_cache() and cache() ------------------------------------------------

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""
    __slots__ = ()

    _fields = ('hits', 'misses', 'maxsize', 'currsize')
    __match_args__ = _fields

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return ('%s(hits=%r, misses=%r, maxsize=%r, currsize=%r)'
                % ((type(self).__name__,) + tuple(self)))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 4:
            raise TypeError('Expected 4 arguments, got %d' % len(values))
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, /, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return type(self)(*values)


# The name CPython uses for it; the class still calls itself CacheInfo.
_CacheInfo = CacheInfo
del CacheInfo


# Separates positional from keyword arguments in cache keys.
_kwd_mark = object()


def _make_key(args, kwds, typed):
    """Build a hashable cache key from a call's arguments.

    Keyword arguments are part of the key in the order given, so f(a=1, b=2)
    and f(b=2, a=1) are cached separately.  A lone int or str argument is
    its own key.
    """
    if not kwds and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(value) for value in args])
        if kwds:
            key += tuple([type(value) for value in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator that memoizes a function, keeping the most recent calls.

    At most maxsize results are kept (None: no limit, 0: no caching), and
    the least recently used one is dropped first.  With typed true, equal
    arguments of different types (3 and 3.0) are cached separately.  The
    arguments must be hashable.

    The decorated function has cache_info() (hits, misses, maxsize,
    currsize), cache_clear(), cache_parameters() and __wrapped__.  It can
    also be applied without arguments: @lru_cache.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a plain decorator: @lru_cache
        user_function, maxsize = maxsize, 128
        return _decorate(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)

    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper, cache_info, cache_clear = _lru_cache_wrapper(
        user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    update_wrapper(wrapper, user_function)
    # Set after update_wrapper: they belong to this wrapper even when the
    # wrapped function is itself a cached function with attributes of the
    # same names.
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def _lru_cache_wrapper(user_function, maxsize, typed):
    """Return (wrapper, cache_info, cache_clear) for a cached function."""
    if not callable(user_function):
        raise TypeError('the first argument must be callable')

    # The cache dict doubles as the recency list: an entry is moved to the
    # end when used, so the first entry is always the least recently used.
    cache = {}
    hits = misses = 0
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            # No caching, only statistics.
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            # Unbounded cache: no ordering to maintain.
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                # Mark the entry as the most recently used.
                del cache[key]
                cache[key] = result
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this very key meanwhile; that entry
                # is already the most recent one.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """The cache statistics as a CacheInfo."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset the statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    return wrapper, cache_info, cache_clear


def cache(user_function, /):
    """Unbounded memoizing decorator: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# --- singledispatch() ------------------------------------------------------

_UnionType = type(int | str)


def _is_union_type(cls):
    if type(cls) is _UnionType:
        return True
    # typing.Union[...] only exists if the program imported typing.
    typing = sys.modules.get('typing')
    return (typing is not None
            and getattr(cls, '__origin__', None) is getattr(typing, 'Union', None))


def _c3_merge(sequences):
    """Merge linearizations with the C3 rule (the algorithm behind __mro__)."""
    sequences = [list(s) for s in sequences if s]
    result = []
    while sequences:
        # The next class is the first head that is in no other tail.
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]
        sequences = [s for s in sequences if s]
    return result


def _c3_mro(cls, abcs=()):
    """C3 linearization of cls, with the abstract base classes in abcs
    inserted where their behaviour is introduced.

    An ABC is placed right after the class that is a (possibly virtual)
    subclass of it while none of its bases are; such implicit ABCs come
    after the bases up to the last explicit ABC among cls.__bases__, and
    before the remaining bases.
    """
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            boundary = i
            break
    explicit = list(bases[:boundary])
    others = list(bases[boundary:])
    introduced = [abc for abc in abcs
                  if issubclass(cls, abc)
                  and not any(issubclass(base, abc) for base in bases)]
    remaining = [abc for abc in abcs if abc not in introduced]
    return _c3_merge(
        [[cls]]
        + [_c3_mro(base, remaining) for base in explicit]
        + [_c3_mro(base, remaining) for base in introduced]
        + [_c3_mro(base, remaining) for base in others]
        + [explicit, introduced, others])


def _compose_mro(cls, types):
    """The MRO of cls, extended with the registered types that are only
    virtual bases of it (ABCs that cls is registered with or implements)."""
    own = set(cls.__mro__)
    virtual = [t for t in types
               if t not in own and isinstance(t, type) and issubclass(cls, t)]
    # Drop the ones that are bases of other candidates: they come along with
    # those anyway.
    virtual = [t for t in virtual
               if not any(t is not other and t in other.__mro__
                          for other in virtual)]
    return _c3_mro(cls, virtual)


def _find_impl(cls, registry):
    """Return the registered implementation that best matches cls, or None."""
    match = None
    for t in _compose_mro(cls, registry.keys()):
        if match is not None:
            # Two unrelated virtual bases that match equally well: refuse to
            # guess between them.
            if (t in registry and t not in cls.__mro__
                    and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _annotated(func):
    """func, or the function a classmethod/staticmethod wraps when func has
    no annotations of its own."""
    if not getattr(func, '__annotations__', None) and hasattr(func, '__func__'):
        return func.__func__
    return func


def _first_annotation(func):
    """The (name, type) of the first annotation of func, resolving string
    annotations in the function's globals."""
    func = _annotated(func)
    name, value = next(iter(func.__annotations__.items()))
    if isinstance(value, str):
        value = eval(value, getattr(func, '__globals__', {}))
    if value is None:
        value = type(None)
    return name, value


def singledispatch(func):
    """Decorator turning func into a generic function dispatching on the type
    of its first argument.

    func is the fallback; other implementations are added with the
    .register attribute, either as @f.register(SomeType) or as a plain
    @f.register on a function whose first parameter is annotated.  The
    implementation used is the one registered for the closest class in the
    argument type's MRO (abstract base classes included).
    """
    from types import MappingProxyType

    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """Return the implementation that would be used for an instance of cls."""
        nonlocal cache_token
        if cache_token is not None:
            # ABC registrations can change the answer: start over when the
            # ABC machinery reports a change.
            current = _abc_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        return (_is_union_type(cls)
                and all(isinstance(arg, type) for arg in cls.__args__))

    def register(cls, func=None):
        """Register func as the implementation for cls and return func.

        Usable as @register(cls), as a plain @register on a function with an
        annotated first parameter, or called as register(cls, func).
        """
        nonlocal cache_token
        if is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    'Invalid first argument to `register()`. '
                    '%r is not a class or union type.' % (cls,))
            if not getattr(_annotated(cls), '__annotations__', None):
                raise TypeError(
                    'Invalid first argument to `register()`: %r. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.' % (cls,))
            func = cls
            argname, cls = _first_annotation(func)
            if not is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError('Invalid annotation for %r. '
                                    '%r not all arguments are classes.'
                                    % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))

        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = _abc_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _abc_cache_token():
    from abc import get_cache_token
    return get_cache_token()


class singledispatchmethod:
    """singledispatch() for methods: dispatches on the first argument after
    self (or cls), and also wraps descriptors such as classmethod.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls (see singledispatch)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            # Dispatch on the first argument after self/cls.
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cached_property() -----------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """Turn a method into a property computed once per instance and then
    stored in the instance's __dict__ under the same name.

    It has no __set__, so the stored value takes precedence over the
    descriptor afterwards; deleting the attribute recomputes it next time.
    """

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            namespace = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache "
                            "%r property." % (type(instance).__name__,
                                              self.attrname)) from None
        value = namespace.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                namespace[self.attrname] = value
            except TypeError:
                raise TypeError(
                    "The '__dict__' attribute on %r instance does not support "
                    "item assignment for caching %r property."
                    % (type(instance).__name__, self.attrname)) from None
        return value
