"""Names for built-in types that have no name in builtins, and helpers for
creating classes dynamically (new_class, prepare_class, resolve_bases).

The type objects are taken from real values (type(len), type(lambda: 0),
...).  Where the interpreter offers no such value, the name is left out.
SimpleNamespace is implemented here in Python, and so is MappingProxyType
when class namespaces are plain dicts (no built-in mappingproxy type).
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)         # the same type as FunctionType
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # never started; closing it avoids a "never awaited" warning


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # the same type as BuiltinFunctionType

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    _frame = getattr(_exc.__traceback__, "tb_frame", None)
    if _frame is not None:              # frames may not be exposed
        FrameType = type(_frame)
    del _exc, _frame

if "FrameType" not in globals() and hasattr(sys, "_getframe"):
    FrameType = type(sys._getframe())   # the interpreter's frame snapshots

try:
    GetSetDescriptorType = type(FunctionType.__code__)
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass                                # descriptors not exposed on the type

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _c, _ag, _cell_factory


# ---------------------------------------------------------------------------
# SimpleNamespace and (where needed) MappingProxyType

_repr_running = set()   # ids of the namespaces whose repr is being built


class SimpleNamespace:
    """SimpleNamespace(**kwargs): an object whose attributes are the
    keyword arguments; they can be added, changed and deleted freely.
    Namespaces with the same attributes compare equal.
    """

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = ("namespace" if type(self) is SimpleNamespace
                else type(self).__name__)
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            fields = ", ".join(f"{attribute}={value!r}"
                               for attribute, value in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({fields})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


if MappingProxyType is dict:
    # Class namespaces are plain dicts here: provide the read-only view.
    class mappingproxy:
        """A read-only view of a mapping.

        mappingproxy(mapping): reads go to the mapping, which can still be
        changed through other references; the proxy itself cannot change it.
        """

        __slots__ = ("_mapping",)
        __module__ = "builtins"

        def __new__(cls, mapping):
            if (not hasattr(type(mapping), "__getitem__")
                    or isinstance(mapping, (list, tuple))):
                raise TypeError("mappingproxy() argument must be a mapping, "
                                f"not {type(mapping).__name__}")
            self = object.__new__(cls)
            self._mapping = mapping
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def get(self, key, default=None):
            """The value for key if key is present, else default."""
            return self._mapping.get(key, default)

        def keys(self):
            """A set-like view of the mapping's keys."""
            return self._mapping.keys()

        def values(self):
            """A view of the mapping's values."""
            return self._mapping.values()

        def items(self):
            """A set-like view of the mapping's items."""
            return self._mapping.items()

        def copy(self):
            """A shallow copy of the underlying mapping."""
            return self._mapping.copy()

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

        def __eq__(self, other):
            return self._mapping == other

        def __ne__(self, other):
            return self._mapping != other

        __hash__ = None

        def __or__(self, other):
            if isinstance(other, MappingProxyType):
                other = other._mapping
            return self._mapping | other

        def __ror__(self, other):
            if isinstance(other, MappingProxyType):
                other = other._mapping
            return other | self._mapping

        def __ior__(self, other):
            raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

        __class_getitem__ = classmethod(GenericAlias)

    MappingProxyType = mappingproxy
    del mappingproxy

    import _collections_abc
    _collections_abc.Mapping.register(MappingProxyType)
    del _collections_abc


# ---------------------------------------------------------------------------
# Dynamic class creation

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass.

    kwds holds the keywords of a class statement (metaclass=... included);
    exec_body(ns) is called to fill the new class namespace.
    """
    resolved_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved_bases is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved_bases, namespace, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560.

    A base that is not a class but has __mro_entries__ is replaced by the
    tuple that method returns.  The same tuple is returned when nothing
    was replaced.
    """
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
    return tuple(resolved) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass for a class statement and call its __prepare__.

    Returns (metaclass, namespace, kwds): kwds is a copy of the argument,
    without the 'metaclass' entry if there was one.  The metaclass is the
    most derived of the given one (or type) and those of the bases.
    """
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # A real metaclass (not an arbitrary callable): the most derived
        # metaclass among it and the bases' metaclasses is used.
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class "
                        "must be a (non-strict) subclass of the metaclasses "
                        "of all its bases")
    return winner


# ---------------------------------------------------------------------------
# DynamicClassAttribute

class DynamicClassAttribute:
    """A property that exists on instances only.

    A property-like descriptor that behaves like a property on instances,
    but raises AttributeError when looked up on the class, so that the
    class's (metaclass's) __getattr__ is used instead.  enum uses it to
    have members and attributes of the same name.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(
            getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel):
        doc = fget.__doc__ if self.overwrite_doc else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._copy_with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)


# ---------------------------------------------------------------------------
# coroutine(): generator-based coroutines

_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """Makes a generator (or generator-like object) awaitable, keeping its
    generator interface."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert a regular generator function into a coroutine function, whose
    result can be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    code = getattr(func, "__code__", None)
    if (func.__class__ is FunctionType and code is not None
            and code.co_flags & _CO_GENERATOR and hasattr(code, "replace")):
        # A generator function: flagging its code is enough, it then makes
        # generators that await accepts.
        func.__code__ = code.replace(
            co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
        return func

    # Anything else (including generator functions when the flag cannot
    # be set): wrap the generators it returns.
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if (coro.__class__ is GeneratorType
                and coro.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return coro
        if (isinstance(coro, _collections_abc.Generator)
                and not isinstance(coro, _collections_abc.Coroutine)):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


__all__ = [name for name in globals() if not name.startswith("_")]
