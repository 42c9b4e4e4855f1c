"""Weak references: ref, proxy, WeakMethod, the weak containers
(WeakValueDictionary, WeakKeyDictionary, WeakSet) and finalize. The
reference type itself is native (`_weakref`)."""

import sys
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# ---- proxy ----

def _target(p):
    obj = object.__getattribute__(p, "_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


class ProxyType:
    """A proxy to a weakly referenced object: uses of the proxy act on the
    object while it lives, and raise ReferenceError after."""

    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, "_ref", ref(obj))
        else:
            object.__setattr__(self, "_ref", ref(obj, lambda r: callback(self)))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        return f"<weakproxy at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    def __add__(self, other):
        return _target(self) + other

    def __sub__(self, other):
        return _target(self) - other

    def __mul__(self, other):
        return _target(self) * other


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """Create a proxy object that weakly references 'object'."""
    ref(obj)  # the same TypeError as ref for objects that cannot be targets
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


# ---- WeakMethod ----

class WeakMethod:
    """A weak reference to a bound method: it lives while both the object
    and the function do."""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type", "_alive", "__callback__", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self._alive = True
        self.__callback__ = callback

        def _died(r, self_ref=ref(self)):
            me = self_ref()
            if me is not None and me._alive:
                me._alive = False
                if me.__callback__ is not None:
                    me.__callback__(me)

        self._obj_ref = ref(obj, _died)
        self._func_ref = ref(func, _died)
        self._meth_type = type(meth)

    def __call__(self):
        obj, func = self._obj_ref(), self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


# ---- containers ----

class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}

        def remove(wr, self_ref=ref(self)):
            me = self_ref()
            if me is not None:
                key = wr_keys.get(id(wr))
                if key is not None:
                    del wr_keys[id(wr)]
                    if me.data.get(key[0]) is wr:
                        del me.data[key[0]]

        wr_keys = {}
        self._remove = remove
        self._keys = wr_keys
        self.update(other, **kw)

    def _wrap(self, key, value):
        wr = ref(value, self._remove)
        self._keys[id(wr)] = (key,)
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._wrap(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its
    key dies. Keys are compared by equality, as a dict's are."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, self_ref=ref(self)):
            me = self_ref()
            if me is not None:
                try:
                    del me.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def keys(self):
        return iter(self)

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()

        def remove(wr, self_ref=ref(self)):
            me = self_ref()
            if me is not None:
                me.data.discard(wr)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f"{type(self).__name__}({set(self)!r})" if len(self) else f"{type(self).__name__}()"

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def difference(self, other):
        return type(self)(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return type(self)(x for x in self if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return set(self) == set(other)


# ---- finalize ----

class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj dies, when the finalizer is called, or at exit (while
    `atexit` is true), whichever comes first. At exit the pending ones run
    newest first."""

    __slots__ = ("_ref", "_info", "_index", "atexit", "__weakref__")
    _registry = {}
    # Set once the exit run is over: objects dying later (as the modules
    # are torn down) no longer call their finalizers, as in CPython.
    _shutdown = [False]
    _counter = 0
    _exit_registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._exit_registered:
            import atexit
            atexit.register(cls._exitfunc)
            cls._exit_registered = True
        self._info = (func, args, kwargs or None)
        self.atexit = True
        cls._counter += 1
        self._index = cls._counter
        registry = cls._registry
        key = id(self)
        # The callback holds what it needs, so it works while the module
        # is being torn down.
        def died(wr, registry=registry, key=key, shutdown=cls._shutdown):
            f = registry.pop(key, None)
            if f is not None and not shutdown[0]:
                f._fire()
        self._ref = ref(obj, died)
        registry[key] = self

    def _fire(self):
        info = self._info
        if info is not None:
            self._info = None
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def __call__(self, _=None):
        if finalize._registry.pop(id(self), None) is not None:
            return self._fire()

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._registry.pop(id(self), None) is not None:
            func, args, kwargs = self._info
            self._info = None
            return (obj, func, args, kwargs or {})

    def peek(self):
        obj = self._ref()
        if obj is not None and self._info is not None:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs or {})

    @property
    def alive(self):
        return id(self) in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return f"<finalize object at {id(self):#x}; dead>"
        return (f"<finalize object at {id(self):#x}; for {type(obj).__name__!r} "
                f"at {id(obj):#x}>")

    @staticmethod
    def _exitfunc():
        pending = sorted(finalize._registry.values(), key=lambda f: f._index, reverse=True)
        for f in pending:
            if f.atexit and finalize._registry.pop(id(f), None) is not None:
                f._fire()
        finalize._shutdown[0] = True
