"""The abstract base classes of collections.abc (PEP 3119), implemented here.

Import them from collections.abc.  Every ABC names the methods a concrete
class has to supply; most then provide further methods ("mixins") written in
terms of those.  The single-method ABCs (Iterable, Sized, Hashable, ...)
recognise any class defining the right special method through
__subclasshook__, while the richer ones (Sequence, Mapping, ...) need real
inheritance or register().  Built-in types are registered the way CPython
registers them, so that e.g. isinstance([], MutableSequence) holds.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
    "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
    "Reversible", "Sized", "Container", "Callable", "Collection", "Set",
    "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
    "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString",
]

# The classes below are documented (and shown) as members of collections.abc;
# a class takes its __module__ from the __name__ of the module defining it.
__name__ = "collections.abc"

GenericAlias = type(list[int])
FunctionType = type(lambda: None)


# --- Built-in types that have no public name, taken from sample values -----

def _sample_generator():
    yield


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


bytes_iterator = type(iter(b""))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(reversed([]))
range_iterator = type(iter(range(0)))
longrange_iterator = type(iter(range(1 << 100)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(zip())
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)
generator = type(_sample_generator())
async_generator = type(_sample_async_generator())
_coro = _sample_coroutine()
coroutine = type(_coro)
_coro.close()  # it is never run: closing avoids a "never awaited" warning
del _coro, _sample_generator, _sample_coroutine, _sample_async_generator


def _check_methods(C, *methods):
    """Whether class C provides all the named methods.

    Each name is looked up along C's MRO; the first class defining it
    decides.  A definition set to None means "deliberately absent".  The
    answer is True, or NotImplemented (so that the normal subclass rules
    still apply), never False.
    """
    mro = C.__mro__
    for name in methods:
        for klass in mro:
            namespace = klass.__dict__
            if name in namespace:
                if namespace[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _raise_thrown(typ, val, tb):
    """What the abstract throw()/athrow() do: raise the exception described
    by the (type, value, traceback) arguments, old-style or new-style."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# --- Single-method ABCs and the iteration protocols ----------------------------

class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Hashable:
            return NotImplemented
        return _check_methods(C, "__hash__")


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Awaitable:
            return NotImplemented
        return _check_methods(C, "__await__")

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with a value; returns what it yields next,
        or raises StopIteration when it returns."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the coroutine's suspension point; returns
        what it yields next, or raises StopIteration when it returns."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Finish the coroutine by throwing GeneratorExit into it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Coroutine:
            return NotImplemented
        return _check_methods(C, "__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AsyncIterable:
            return NotImplemented
        return _check_methods(C, "__aiter__")

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Produce the next item; raise StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AsyncIterator:
            return NotImplemented
        return _check_methods(C, "__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    async def __anext__(self):
        """Produce the next item (by sending None); raise
        StopAsyncIteration at the end."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume the generator with a value; returns what it yields next,
        or raises StopAsyncIteration when it finishes."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point; returns
        what it yields next, or raises StopAsyncIteration."""
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Finish the generator by throwing GeneratorExit into it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AsyncGenerator:
            return NotImplemented
        return _check_methods(C, "__aiter__", "__anext__",
                              "asend", "athrow", "aclose")


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Iterable:
            return NotImplemented
        return _check_methods(C, "__iter__")

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Produce the next item; raise StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Iterator:
            return NotImplemented
        return _check_methods(C, "__iter__", "__next__")


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Reversible:
            return NotImplemented
        return _check_methods(C, "__reversed__", "__iter__")


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """Produce the next item (by sending None); raise StopIteration at
        the end."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with a value; returns what it yields next,
        or raises StopIteration when it finishes."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point; returns
        what it yields next, or raises StopIteration."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Finish the generator by throwing GeneratorExit into it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Generator:
            return NotImplemented
        return _check_methods(C, "__iter__", "__next__",
                              "send", "throw", "close")


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Sized:
            return NotImplemented
        return _check_methods(C, "__len__")


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Container:
            return NotImplemented
        return _check_methods(C, "__contains__")

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Collection:
            return NotImplemented
        return _check_methods(C, "__len__", "__iter__", "__contains__")


# --- Callable, and the alias that Callable[[args...], result] creates ----------

def _type_repr(obj):
    """The text for one argument in the repr of a generic alias."""
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _is_param_expr(obj):
    """Whether obj can stand for a whole parameter list: ``...``, a
    typing.ParamSpec or a typing.Concatenate[...] alias."""
    if obj is Ellipsis:
        return True
    if isinstance(obj, list):
        return False
    kind = type(obj)
    return (kind.__module__ == "typing"
            and kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias"))


# Interpreters whose GenericAlias cannot be subclassed get plain aliases
# for Callable[...] (arguments not flattened).
try:
    class _CallableGenericAlias(GenericAlias):
        """The alias made by Callable[[A, B], R].

        Its __args__ are flattened to (A, B, R), as typing.Callable's are, and
        its repr puts the parameter types back in brackets.
        """

        __slots__ = ()

        def __new__(cls, origin, args):
            if not isinstance(args, tuple) or len(args) != 2:
                raise TypeError(
                    "Callable must be used as Callable[[arg, ...], result].")
            params, result = args
            if isinstance(params, (tuple, list)):
                args = (*params, result)
            elif not _is_param_expr(params):
                raise TypeError("Expected a list of types, an ellipsis, "
                                f"ParamSpec, or Concatenate. Got {params}")
            return super().__new__(cls, origin, args)

        def __repr__(self):
            args = self.__args__
            if len(args) == 2 and _is_param_expr(args[0]):
                return super().__repr__()
            params = ", ".join(map(_type_repr, args[:-1]))
            return f"collections.abc.Callable[[{params}], {_type_repr(args[-1])}]"

        def __reduce__(self):
            args = self.__args__
            if not (len(args) == 2 and _is_param_expr(args[0])):
                args = (list(args[:-1]), args[-1])
            return _CallableGenericAlias, (Callable, args)
except TypeError:
    _CallableGenericAlias = GenericAlias


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Callable:
            return NotImplemented
        return _check_methods(C, "__call__")

    __class_getitem__ = classmethod(_CallableGenericAlias)


# --- Sets ---------------------------------------------------------------------

class Set(Collection):
    """A finite, iterable container without duplicates.

    Subclasses supply __contains__, __iter__ and __len__; the comparisons
    and the operators & | - ^ (which build their results with
    _from_iterable) and isdisjoint() come from here.  The comparisons are
    all derived from __le__ and __ge__, so overriding those two is enough
    to speed them all up.
    """

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Build a set of this kind from an iterable.

        The operators use it for their results; override it when the
        constructor does not take a single iterable.
        """
        return cls(it)

    def isdisjoint(self, other):
        """True if this set and the iterable other share no element."""
        return not any(x in self for x in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def _as_set(self, other):
        """other as a Set, or None if it is not even iterable."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for the set, independent of the order of its elements.

        Set has no __hash__ since mutable sets must not be hashable; an
        immutable subclass can say ``__hash__ = Set._hash``.  The value is
        the one CPython's Set._hash computes.
        """
        width_mask = 2 * sys.maxsize + 1      # the bits of a machine word
        h = (1927868237 * (len(self) + 1)) & width_mask
        for element in self:
            eh = hash(element)
            # Scatter each element's bits first, so that xor-ing similar
            # hashes together does not cancel them out.
            h ^= (eh ^ (eh << 16) ^ 89869747) * 3644798167
            h &= width_mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & width_mask
        if h > sys.maxsize:
            h -= width_mask + 1               # reinterpret as signed
        return 590923713 if h == -1 else h


class MutableSet(Set):
    """A Set that can change.

    Subclasses supply __contains__, __iter__, __len__, add() and discard();
    remove(), pop(), clear() and the in-place operators come from here.
    """

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set, if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return an arbitrary element; KeyError if empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every element (one pop() at a time)."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# --- Mappings -----------------------------------------------------------------

class Mapping(Collection):
    """A read-only container of key/value pairs.

    Subclasses supply __getitem__, __iter__ and __len__; get(), `in`,
    keys(), items(), values() and == come from here.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # Iteration order is no promise of a mapping, so it is not Reversible
    # even though it has __iter__ (None blocks the Reversible hook).
    __reversed__ = None


class MappingView(Sized):

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            present = self._mapping[key]
        except KeyError:
            return False
        return present is value or present == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


# Distinguishes "no default given" from any value a caller could pass.
_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that can change.

    Subclasses supply __getitem__, __setitem__, __delitem__, __iter__ and
    __len__; pop(), popitem(), clear(), update() and setdefault() come
    from here.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; if it is absent, return default,
        or raise KeyError when no default was given."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item (one popitem() at a time)."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Add the pairs of other, then those of the keyword arguments.

        other may be a mapping, an object with keys() and __getitem__, or
        an iterable of (key, value) pairs.
        """
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], after storing default there if key was absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# --- Sequences ----------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence indexed by integers from 0.

    Subclasses supply __getitem__ and __len__; iteration, `in`, reversed(),
    index() and count() come from here.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Index until IndexError: this works even when len() is unknown.
        i = 0
        while True:
            try:
                value = self[i]
            except IndexError:
                return
            yield value
            i += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value within [start:stop]; ValueError if it is
        not there."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """The common ABC of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change.

    Subclasses supply __getitem__, __setitem__, __delitem__, __len__ and
    insert(); append(), clear(), reverse(), extend(), pop(), remove() and +=
    come from here.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value in front of position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item (one pop() at a time)."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        last = len(self) - 1
        for i in range((last + 1) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        """Append every item of the iterable values."""
        if values is self:
            values = list(values)   # it would grow while being read
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default);
        IndexError if there is none."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- Registration of the built-in types ---------------------------------------

Coroutine.register(coroutine)
AsyncGenerator.register(async_generator)
for _kind in (bytes_iterator, bytearray_iterator, dict_keyiterator,
              dict_valueiterator, dict_itemiterator, list_iterator,
              list_reverseiterator, range_iterator, longrange_iterator,
              set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_kind)
del _kind
Generator.register(generator)
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(mappingproxy)
KeysView.register(dict_keys)
ItemsView.register(dict_items)
ValuesView.register(dict_values)
MutableMapping.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(memoryview)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
