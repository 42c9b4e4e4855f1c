"""Support for pickle and copy: the registry of reduction functions, the
reconstructors a reduction names, and the default reduction of plain
objects (what object.__reduce_ex__, object.__reduce__ and
object.__getstate__ do)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_builtin_type(t):
    return t.__module__ == "builtins"


def _slotnames(cls):
    """The names of the slots of cls and its bases, mangled as stored."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            names.append(name)
    return names


def _object_getstate(obj):
    """object.__getstate__: the instance dict (None if empty), with the
    slot values as a second dict when the class has slots."""
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    else:
        if not state:
            state = None
    names = _slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_ex(self, proto):
    """The reduction for protocols 0 and 1."""
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, "__getstate__", None)
    if getstate is not None and type(self).__getstate__ is not object.__getstate__:
        state = getstate()
    else:
        if _slotnames(cls) and not hasattr(self, "__dict__"):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            "a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled with protocol < 2")
        state = getattr(self, "__dict__", None)
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _reduce_newobj(obj):
    """The reduction for protocols 2 and up."""
    cls = type(obj)
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if kwargs:
            func, fargs = __newobj_ex__, (cls, tuple(args), kwargs)
        else:
            func, fargs = __newobj__, (cls,) + tuple(args)
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        args = tuple(getnewargs()) if getnewargs is not None else ()
        func, fargs = __newobj__, (cls,) + args
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, fargs, state, listitems, dictitems


def _object_reduce_ex(obj, protocol):
    """object.__reduce_ex__: a class's own __reduce__ wins."""
    if type(obj).__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    if protocol >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, protocol)


# ---- the extension registry (kept for API compatibility) ----

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
