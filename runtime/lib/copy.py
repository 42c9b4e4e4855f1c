"""Generic (shallow and deep) copying operations.

    import copy
    y = copy.copy(x)        # a shallow copy of x
    z = copy.deepcopy(x)    # a deep copy of x

A shallow copy builds a new compound object and fills it with references to
the objects found in the original; a deep copy fills it with copies, made
recursively.  Deep copies keep a ``memo`` dictionary (id of original ->
copy), so shared and self-referencing structures are reproduced faithfully.

Classes control how they are copied by defining ``__copy__()`` and
``__deepcopy__(memo)``, or through the pickle protocol: ``__reduce_ex__`` /
``__reduce__`` (returning ``(callable, args[, state[, listitems[,
dictitems]]])``), ``__getnewargs_ex__`` / ``__getnewargs__``,
``__getstate__`` and ``__setstate__``.  Instances of ordinary classes (with
a ``__dict__`` and/or ``__slots__``) need none of these.

Copying never copies modules, classes, functions, or other "atomic" values
such as numbers and strings: those are returned unchanged.
"""

import weakref
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward-compatible alias


# ---------------------------------------------------------------------------
# Types that need special treatment, found without importing `types`.

def _function():
    pass


class _Probe:
    def method(self):
        pass


_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(_function)
_BuiltinFunctionType = type(len)
_MethodType = type(_Probe().method)
_CodeType = type(getattr(_function, "__code__", None))

# Values of these types are immutable (or copied by reference on purpose):
# a shallow copy is the object itself.
_IMMUTABLE = (
    _NoneType, int, float, bool, complex, str, tuple, bytes, frozenset,
    type, range, slice, property, _BuiltinFunctionType, _EllipsisType,
    _NotImplementedType, _FunctionType,
)

# Values of these types are returned unchanged by deepcopy too.  (Tuples,
# frozensets and slices are not here: their items may need deep copies.)
_ATOMIC = (
    _NoneType, _EllipsisType, _NotImplementedType, int, float, bool,
    complex, bytes, str, type, range, _BuiltinFunctionType, _FunctionType,
    property,
)


# ---------------------------------------------------------------------------
# Shallow copies

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)

    # Classes (including those with a custom metaclass) are never copied.
    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        # The reduction names a global: the object is a singleton.
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = {t: _copy_immutable for t in _IMMUTABLE}
_copy_dispatch[weakref.ref] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


# ---------------------------------------------------------------------------
# Deep copies

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    # An object that was copied (not returned as is) is remembered, and the
    # original is kept alive for as long as the memo, so that its id cannot
    # be reused by another object during this deepcopy.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y     # registered first: the list may contain itself
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    # A tuple cannot contain itself directly, but copying its items may have
    # reached it again through a mutable container and copied it already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    # Every item was atomic: the tuple can be shared.
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    # A bound method is rebound to a copy of its instance.
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _ATOMIC}
_deepcopy_dispatch[weakref.ref] = _deepcopy_atomic   # a reference, not a value
if _CodeType is not _NoneType:
    _deepcopy_dispatch[_CodeType] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, under the memo's own id."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---------------------------------------------------------------------------
# The reduction protocol

# The default implementations of object (absent from some interpreters).
_MISSING = object()
_object_reduce_ex = getattr(object, "__reduce_ex__", _MISSING)
_object_reduce = getattr(object, "__reduce__", _MISSING)
_object_getstate = getattr(object, "__getstate__", _MISSING)


def _reduce(x, cls, message):
    """Return the reduction of x: a string or a tuple for _reconstruct().

    A reduction function registered with copyreg.pickle() comes first,
    then a class's own __reduce_ex__ or __reduce__; otherwise the default
    reduction of object (what object.__reduce_ex__(4) computes) is built
    here.  A class that sets both to None cannot be copied.
    """
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(cls, "__reduce_ex__", _MISSING)
    if reductor is not _MISSING and reductor is not _object_reduce_ex:
        if reductor is not None:
            return reductor(x, 4)
        reductor = getattr(cls, "__reduce__", _MISSING)
        if reductor is None:
            raise Error(message % cls)
    else:
        reductor = getattr(cls, "__reduce__", _MISSING)
    if reductor is not _MISSING and reductor is not _object_reduce and reductor is not None:
        return reductor(x)
    return _default_reduce(x, cls)


def _default_reduce(x, cls):
    """The default reduction of an instance (protocol 2 and above).

    The result recreates the object with cls.__new__(cls, *args) and then
    restores its state: the instance __dict__ and the values of its slots,
    plus the items of list and dict subclasses.
    """
    reducer = _BUILTIN_REDUCERS.get(cls)
    if reducer is not None:
        return reducer(x)
    base = _builtin_base(cls)
    if base is not object and base not in _BUILTIN_BASES:
        raise TypeError("cannot pickle %r object" % base.__name__)

    kwargs = None
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs(x)
        else:
            args = _BUILTIN_BASES.get(base, _no_args)(x)

    if base in (set, frozenset, bytearray, slice):
        # These are filled by their constructor, not by __new__.
        return (cls, args, _get_state(x, cls))

    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        func, args = _new_object_ex, (cls, args, kwargs)
    else:
        func, args = _new_object, (cls,) + tuple(args)
    return (func, args, _get_state(x, cls), listitems, dictitems)


def _builtin_base(cls):
    """The first class in cls's MRO that is defined by the interpreter."""
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            return klass
    return object


def _no_args(x):
    return ()


# Builtin classes that a subclass instance can be rebuilt from, with the
# arguments passed to __new__ (or, for the mutable ones, to the class).
_BUILTIN_BASES = {
    object: _no_args,
    list: _no_args,
    dict: _no_args,
    int: lambda x: (int(x),),
    float: lambda x: (float(x),),
    complex: lambda x: (x.real, x.imag),
    str: lambda x: (str(x),),
    bytes: lambda x: (bytes(x),),
    tuple: lambda x: (tuple(x),),
    set: lambda x: (list(x),),
    frozenset: lambda x: (list(x),),
    bytearray: lambda x: (bytes(x),),
    slice: lambda x: (x.start, x.stop, x.step),
}


# Reductions of builtin types that are not rebuilt through __new__.
_BUILTIN_REDUCERS = {
    # A bound method is looked up again on (a copy of) its instance.
    _MethodType: lambda x: (getattr, (x.__self__, x.__func__.__name__)),
}


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _new_object_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _get_state(x, cls):
    """The state object.__getstate__() would return for x."""
    getstate = getattr(cls, "__getstate__", _MISSING)
    if getstate is not _MISSING and getstate is not _object_getstate:
        return getstate(x)
    state = getattr(x, "__dict__", None)
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass    # an empty slot
    if slots:
        state = (state, slots)
    return state


def _slot_names(cls):
    """Names of the slot attributes of cls's instances, from every class."""
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                # Private names are mangled with the class name.
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Rebuild a copy of x from its reduction; deep when memo is not None."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)

    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
