"""Specialised container datatypes, complementing dict, list, set and tuple.

* namedtuple   factory of tuple subclasses whose items also have names
* deque        sequence with O(1) appends and pops at both ends
* ChainMap     one mapping made of a list of mappings searched in turn
* Counter      dict subclass counting hashable objects
* OrderedDict  dict subclass with order-aware operations (move_to_end, ...)
* defaultdict  dict subclass that calls a factory for missing keys
* UserDict     dict wrapper, convenient to subclass
* UserList     list wrapper, convenient to subclass
* UserString   str wrapper, convenient to subclass

Everything here is written in Python; CPython implements deque and
defaultdict in C (module _collections).
"""

__all__ = [
    "ChainMap",
    "Counter",
    "OrderedDict",
    "UserDict",
    "UserList",
    "UserString",
    "defaultdict",
    "deque",
    "namedtuple",
]

import _collections_abc
import sys as _sys

_GenericAlias = type(list[int])


# ---------------------------------------------------------------------------
# Helpers

# The identities of the containers whose repr is being computed right now;
# a container met again inside its own repr is shown by a placeholder.
_repr_running = set()


def _recursion_guarded_repr(placeholder):
    """Decorator for __repr__ methods: a nested call for the same object
    returns placeholder instead of recursing forever."""
    def decorate(repr_method):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return placeholder
            _repr_running.add(key)
            try:
                return repr_method(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = repr_method.__name__
        wrapper.__qualname__ = repr_method.__qualname__
        wrapper.__doc__ = repr_method.__doc__
        wrapper.__wrapped__ = repr_method
        return wrapper
    return decorate


def _as_index(value, message):
    """value as an int through __index__; when it has none, a TypeError
    with message, its {} replaced by the name of value's type."""
    if type(value) is int:
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(message.format(type(value).__name__))
    return index(value)


# keyword.kwlist of Python 3.11 (namedtuple rejects these as names).
_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
])


# ---------------------------------------------------------------------------
# deque

class deque:
    """deque(iterable=(), maxlen=None): a double-ended queue.

    Appending and popping at either end take constant time.  A deque with
    a maxlen never holds more items: adding at one end drops items at the
    other end.
    """

    # The items live in a ring buffer: a list whose length (the capacity)
    # is a power of two, the first item at index _head and the others
    # following it, wrapping around at the end of the list.  Unused slots
    # hold None so that removed items are not kept alive.  _state counts
    # the mutations that invalidate running iterators.
    __slots__ = ("_buf", "_head", "_len", "_maxlen", "_state")

    _MIN_CAPACITY = 8

    def __new__(cls, *args, **kwargs):
        # An empty, unbounded deque, even if a subclass's __init__ does not
        # call deque.__init__.
        self = super().__new__(cls)
        self._buf = [None] * cls._MIN_CAPACITY
        self._head = 0
        self._len = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            if maxlen > _sys.maxsize:
                raise OverflowError("Python int too large to convert to C ssize_t")
            maxlen = int(maxlen)
        self._maxlen = maxlen
        if self._len:
            self.clear()    # __init__ called again on a used deque
        self.extend(iterable)

    # -- internal buffer management ---------------------------------------

    def _resize(self, capacity):
        """Move the items, in order, into a new buffer of that capacity."""
        buf, head, n = self._buf, self._head, self._len
        end = head + n
        if end <= len(buf):
            items = buf[head:end]
        else:
            items = buf[head:] + buf[:end - len(buf)]
        items.extend([None] * (capacity - n))
        self._buf = items
        self._head = 0

    def _shrink_if_sparse(self):
        capacity = len(self._buf)
        if capacity > 64 and self._len < capacity >> 3:
            self._resize(capacity >> 1)

    def _discard_left(self):
        """Drop the leftmost item (the deque is known to be non-empty)."""
        buf = self._buf
        buf[self._head] = None
        self._head = (self._head + 1) & (len(buf) - 1)
        self._len -= 1

    def _discard_right(self):
        """Drop the rightmost item (the deque is known to be non-empty)."""
        buf = self._buf
        buf[(self._head + self._len - 1) & (len(buf) - 1)] = None
        self._len -= 1

    def _normalize(self, index):
        """index as a position in 0 <= index < len(self), or IndexError."""
        index = _as_index(index, "sequence index must be integer, not '{}'")
        n = self._len
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("deque index out of range")
        return index

    def _slot(self, position):
        """The buffer index of the item at that position."""
        return (self._head + position) & (len(self._buf) - 1)

    def _check_unchanged(self, state):
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    # -- adding and removing at the ends ----------------------------------

    # The four methods below are the hot paths: they keep attribute
    # lookups to a minimum.

    def append(self, x):
        """Add x at the right end."""
        self._state += 1
        n = self._len
        if n == self._maxlen:
            if not n:
                return
            self._discard_left()
            n -= 1
        buf = self._buf
        if n == len(buf):
            self._resize(2 * n)
            buf = self._buf
        buf[(self._head + n) & (len(buf) - 1)] = x
        self._len = n + 1

    def appendleft(self, x):
        """Add x at the left end."""
        self._state += 1
        n = self._len
        if n == self._maxlen:
            if not n:
                return
            self._discard_right()
            n -= 1
        buf = self._buf
        if n == len(buf):
            self._resize(2 * n)
            buf = self._buf
        head = (self._head - 1) & (len(buf) - 1)
        buf[head] = x
        self._head = head
        self._len = n + 1

    def pop(self):
        """Remove and return the item at the right end."""
        n = self._len
        if not n:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        capacity = len(buf)
        slot = (self._head + n - 1) & (capacity - 1)
        x = buf[slot]
        buf[slot] = None
        self._len = n - 1
        if capacity > 64 and n <= capacity >> 3:
            self._resize(capacity >> 1)
        return x

    def popleft(self):
        """Remove and return the item at the left end."""
        n = self._len
        if not n:
            raise IndexError("pop from an empty deque")
        self._state += 1
        buf = self._buf
        capacity = len(buf)
        head = self._head
        x = buf[head]
        buf[head] = None
        self._head = (head + 1) & (capacity - 1)
        self._len = n - 1
        if capacity > 64 and n <= capacity >> 3:
            self._resize(capacity >> 1)
        return x

    def extend(self, iterable):
        """Append each item of iterable at the right end."""
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """Add each item of iterable at the left end (so they end up
        in reverse order)."""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove every item."""
        self._state += 1
        self._buf = [None] * self._MIN_CAPACITY
        self._head = 0
        self._len = 0

    # -- whole-deque operations --------------------------------------------

    def rotate(self, n=1):
        """Move the items n steps to the right (to the left if n is
        negative): the last n items come to the front."""
        n = _as_index(n, "'{}' object cannot be interpreted as an integer")
        size = self._len
        if size <= 1:
            return
        self._state += 1
        steps = n % size
        if not steps:
            return
        buf = self._buf
        mask = len(buf) - 1
        if size == len(buf):
            # A full ring rotates by moving where it starts.
            self._head = (self._head - steps) & mask
            return
        head = self._head
        if steps <= size // 2:
            # Move `steps` items from the right end round to the left end.
            for _ in range(steps):
                tail = (head + size - 1) & mask
                head = (head - 1) & mask
                buf[head] = buf[tail]
                buf[tail] = None
        else:
            # Cheaper the other way: move items from the left to the right.
            for _ in range(size - steps):
                buf[(head + size) & mask] = buf[head]
                buf[head] = None
                head = (head + 1) & mask
        self._head = head

    def reverse(self):
        """Reverse the order of the items in place."""
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        i, j = 0, self._len - 1
        while i < j:
            a, b = (head + i) & mask, (head + j) & mask
            buf[a], buf[b] = buf[b], buf[a]
            i += 1
            j -= 1

    def copy(self):
        """A shallow copy (with the same maxlen)."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    # -- searching ---------------------------------------------------------

    def count(self, value):
        """How many items equal value."""
        state = self._state
        total = 0
        for position in range(self._len):
            item = self._buf[self._slot(position)]
            equal = item is value or item == value
            self._check_unchanged(state)
            if equal:
                total += 1
        return total

    def __contains__(self, value):
        state = self._state
        for position in range(self._len):
            item = self._buf[self._slot(position)]
            equal = item is value or item == value
            self._check_unchanged(state)
            if equal:
                return True
        return False

    def index(self, value, start=0, stop=_sys.maxsize):
        """Position of the first item equal to value within
        [start:stop]; ValueError if there is none."""
        message = "slice indices must be integers or have an __index__ method"
        start = _as_index(start, message)
        stop = _as_index(stop, message)
        size = self._len
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for position in range(start, stop):
            item = self._buf[self._slot(position)]
            equal = item is value or item == value
            self._check_unchanged(state)
            if equal:
                return position
        raise ValueError(f"{value!r} is not in deque")

    def remove(self, value):
        """Remove the first item equal to value; ValueError if none."""
        state = self._state
        for position in range(self._len):
            item = self._buf[self._slot(position)]
            equal = item is value or item == value
            if self._state != state:
                raise IndexError("deque mutated during iteration")
            if equal:
                del self[position]
                return
        raise ValueError(f"{value!r} is not in deque")

    # -- indexing ------------------------------------------------------------

    def __len__(self):
        return self._len

    def __getitem__(self, index):
        return self._buf[self._slot(self._normalize(index))]

    def __setitem__(self, index, value):
        self._buf[self._slot(self._normalize(index))] = value

    def __delitem__(self, index):
        position = self._normalize(index)
        self._state += 1
        buf = self._buf
        mask = len(buf) - 1
        head, size = self._head, self._len
        if position < size // 2:
            # Shift the items before it one place to the right.
            for p in range(position, 0, -1):
                buf[(head + p) & mask] = buf[(head + p - 1) & mask]
            buf[head] = None
            self._head = (head + 1) & mask
        else:
            # Shift the items after it one place to the left.
            for p in range(position, size - 1):
                buf[(head + p) & mask] = buf[(head + p + 1) & mask]
            buf[(head + size - 1) & mask] = None
        self._len = size - 1
        self._shrink_if_sparse()

    def insert(self, index, value):
        """Put value in front of position index."""
        index = _as_index(index, "'{}' object cannot be interpreted as an integer")
        size = self._len
        if size == self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index = max(index + size, 0)
        index = min(index, size)
        self._state += 1
        if size == len(self._buf):
            self._resize(2 * size)
        buf = self._buf
        mask = len(buf) - 1
        head = self._head
        if index < size // 2:
            # Open a gap by shifting the items before it one place left.
            head = (head - 1) & mask
            for p in range(index):
                buf[(head + p) & mask] = buf[(head + p + 1) & mask]
            self._head = head
        else:
            # Open a gap by shifting the items after it one place right.
            for p in range(size, index, -1):
                buf[(head + p) & mask] = buf[(head + p - 1) & mask]
        buf[(head + index) & mask] = value
        self._len = size + 1

    # -- iteration -------------------------------------------------------------

    def _items(self, state, count, step):
        # Reads the buffer afresh each time: in-place changes such as
        # d[i] = x or reverse() do not stop the iteration, and are seen.
        position = 0 if step > 0 else self._len - 1
        for _ in range(count):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            buf = self._buf
            yield buf[(self._head + position) & (len(buf) - 1)]
            position += step
        self._check_unchanged(state)

    def __iter__(self):
        return self._items(self._state, self._len, 1)

    def __reversed__(self):
        """Iterate from right to left."""
        return self._items(self._state, self._len, -1)

    # -- operators -------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not '
                            f'"{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _as_index(n, "can't multiply sequence by non-int of type '{}'")
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n, "can't multiply sequence by non-int of type '{}'")
        if n <= 0:
            self.clear()
        elif n > 1 and self._len:
            items = list(self)
            if self._maxlen is not None:
                # Only the last maxlen items of the repetition survive.
                n = min(n, self._maxlen // len(items) + 2)
            for _ in range(n - 1):
                self.extend(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    # -- the rest --------------------------------------------------------------

    @property
    def maxlen(self):
        """The largest size allowed, or None if unbounded."""
        return self._maxlen

    @_recursion_guarded_repr("[...]")
    def __repr__(self):
        items = repr(list(self))
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


_collections_abc.MutableSequence.register(deque)


# ---------------------------------------------------------------------------
# defaultdict

class defaultdict(dict):
    """A dict that makes up missing values.

    defaultdict(default_factory, ...): looking up a missing key with d[key]
    stores and returns default_factory() (a KeyError if the factory is
    None).  The other arguments are those of dict().
    """

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        """Called by d[key] for a missing key: store and return a new
        default value."""
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    @_recursion_guarded_repr("...")
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        factory = "None" if self.default_factory is None else self._factory_repr()
        return f"{type(self).__name__}({factory}, {dict.__repr__(self)})"

    def copy(self):
        """A shallow copy, with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# OrderedDict

class odict_keys(_collections_abc.KeysView):
    """The view OrderedDict.keys() returns."""

    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f"odict_keys({list(self)!r})"


class odict_values(_collections_abc.ValuesView):
    """The view OrderedDict.values() returns."""

    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return f"odict_values({list(self)!r})"


class odict_items(_collections_abc.ItemsView):
    """The view OrderedDict.items() returns."""

    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return f"odict_items({list(self)!r})"


class OrderedDict(dict):
    """A dict with order-aware operations: move_to_end(), popitem(last),
    reversed views, and == that compares order between OrderedDicts."""

    # Plain dicts keep insertion order too, so the dict itself holds the
    # order: only moving a key to the front needs to rebuild it (O(n)).

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        self.update(*args, **kwds)

    # Like MutableMapping.update: goes through self[key] = value, so that a
    # subclass's __setitem__ sees every item.
    update = _collections_abc.MutableMapping.update

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first one
        if last is false."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return super().popitem()
        key = next(super().__iter__())
        return key, super().pop(key)

    def move_to_end(self, key, last=True):
        """Move key to the end, or to the beginning if last is false;
        KeyError if it is absent."""
        value = super().pop(key)
        if last:
            super().__setitem__(key, value)
        else:
            rest = list(super().items())
            super().clear()
            super().__setitem__(key, value)
            super().update(rest)

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            # Between two OrderedDicts the order matters too.
            return super().__eq__(other) and all(
                a == b for a, b in zip(super().__iter__(), dict.__iter__(other)))
        return super().__eq__(other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    @_recursion_guarded_repr("...")
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(super().items())!r})"

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), (), state, None, iter(super().items())

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """An ordered dictionary mapping each key of iterable to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# namedtuple

class _tuplegetter:
    """The descriptor giving a namedtuple field's value: item `index` of the
    tuple.  Fields are read-only."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"{type(self).__name__}({self._index}, {self.__doc__!r})"

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


def _validated_names(typename, field_names, rename):
    """The list of field names, checked (or renamed) as namedtuple requires."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    if rename:
        # Any unusable name becomes _<position>; duplicates are checked
        # against the original names.
        seen = set()
        for position, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[position] = f"_{position}"
            seen.add(name)
    for name in [typename, *field_names]:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             f"identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a "
                             f"keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: "
                             f"{name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    return field_names


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Create a tuple subclass called typename whose items can also be read
    as attributes named by field_names.

    field_names is a sequence of strings or one string of names separated by
    whitespace and/or commas.  With rename=True, invalid or duplicate names
    are replaced by positional names (_1, _2, ...).  defaults supplies default
    values for the rightmost fields; module sets the class's __module__.

    The class has the extra members _make(iterable), _replace(**changes),
    _asdict(), _fields and _field_defaults.  Example:

        Point = namedtuple('Point', 'x y')
        p = Point(1, y=2)        # Point(x=1, y=2)
        p.x + p[1]               # 3
    """
    typename = str(typename)
    field_names = tuple(_validated_names(typename, field_names, rename))
    num_fields = len(field_names)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError("Got more default values than field names")
        # The defaults apply to the rightmost fields.
        field_defaults = dict(zip(field_names[num_fields - len(defaults):],
                                  defaults))

    # __new__ is compiled from source so that it has one named parameter per
    # field: calls then get Python's own argument checking and messages.
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    source = (f"def __new__(_cls, {arg_list}):\n"
              f"    return _tuple_new(_cls, ({arg_list}))\n")
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {},
                 "__name__": f"namedtuple_{typename}"}
    exec(source, namespace)
    __new__ = namespace["__new__"]
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    tuple_new = tuple.__new__

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    _make.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value)
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = (f"Return a new {typename} object replacing specified "
                        "fields with new values")

    repr_format = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + repr_format % self

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    class_namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f"Alias for field number {index}")

    result = type(typename, (tuple,), class_namespace)

    # The class belongs to the module that called namedtuple(), when that
    # can be found out; pickle needs this to find the class again.
    if module is None:
        getframe = getattr(_sys, "_getframe", None)
        if getframe is not None:
            try:
                module = getframe(1).f_globals.get("__name__", "__main__")
            except ValueError:
                pass
        else:
            module = "__main__"
    if module is not None:
        result.__module__ = module
    return result


# ---------------------------------------------------------------------------
# Counter

def _count(item):
    return item[1]


class Counter(dict):
    """A dict that maps hashable elements to their counts (a multiset).

    Counter('hello') counts the letters of 'hello'; a missing element has
    count 0.  Counts are usually positive integers, but any value is
    allowed; the arithmetic operators only keep positive results.
    """

    def __init__(self, iterable=None, /, **kwds):
        """Count the elements of iterable, or take the counts of a
        mapping, then those given as keyword arguments."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Elements not present have count 0."""
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, largest count first; only the first n
        if n is given.  Equal counts keep the order of first insertion."""
        # sorted() is stable: equal counts keep their insertion order.
        ranked = sorted(self.items(), key=_count, reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        """Iterate over the elements, each repeated as many times as its
        count (elements with a count below 1 do not appear)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts: one for each element of an iterable, or the counts
        of a mapping; then those of the keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for element, count in iterable.items():
                        self[element] = count + get(element, 0)
                else:
                    # Nothing to add to: take the counts as they are.
                    super().update(iterable)
            else:
                get = self.get
                for element in iterable:
                    self[element] = get(element, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts, the opposite of update().  Counts may drop
        to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, element):
        """Delete an element; no error if it is absent."""
        if element in self:
            super().__delitem__(element)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            # Most common first, when the counts can be ordered.
            as_dict = dict(self.most_common())
        except TypeError:
            as_dict = dict(self)
        return f"{self.__class__.__name__}({as_dict!r})"

    # -- comparisons: a missing element counts as zero -------------------

    def _all_counts(self, other, test):
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        """Equal if all counts are, a missing element counting as 0."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        """Unequal if any count is, a missing element counting as 0."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """Whether each count is <= the other's (a sub-multiset)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        """A sub-multiset, and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """Whether each count is >= the other's (a super-multiset)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        """A super-multiset, and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep only positive counts -----------

    def __add__(self, other):
        """Sum of the counts (positive results only)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        """Difference of the counts (positive results only)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        """Maximum of the counts (positive results only)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        """Minimum of the counts (positive results only)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result

    def __pos__(self):
        """Only the elements with a positive count."""
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        """The elements with a negative count, negated; the rest dropped."""
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        """Delete the elements whose count is not positive; return self."""
        for element in [e for e, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        """Add the other's counts in place, then keep positive counts only."""
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Subtract the other's counts in place, then keep positive
        counts only."""
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Raise counts to the other's where larger, then keep positive
        counts only."""
        for element, other_count in other.items():
            if other_count > self[element]:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Lower counts to the other's where smaller, then keep positive
        counts only."""
        for element, count in self.items():
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


# ---------------------------------------------------------------------------
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one.

    A lookup tries the mappings of the list self.maps in turn and returns
    the first value found; assignments and deletions only change maps[0].
    """

    def __init__(self, *maps):
        """The mappings to chain, searched in this order (one empty dict
        when none is given)."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of first appearance, starting from the last map.
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursion_guarded_repr("...")
    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one dict made by dict.fromkeys()."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new chain with a copy of maps[0] followed by the other maps
        themselves."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new chain: the mapping m (a new dict by default), updated with
        the keyword arguments, in front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new chain of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        """Remove and return an item of maps[0]; KeyError if it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value (or the default)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        """Empty maps[0]; the other maps are left alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class whose contents live in the real dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        duplicate = self.__class__.__new__(self.__class__)
        duplicate.__dict__.update(self.__dict__)
        duplicate.__dict__["data"] = self.__dict__["data"].copy()
        return duplicate

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy the instance with empty data, then refill it
        # through its own __setitem__.
        data = self.data
        try:
            self.data = {}
            duplicate = self.__copy__()
        finally:
            self.data = data
        duplicate.update(self)
        return duplicate

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_collections_abc.MutableSequence):
    """A list-like class whose contents live in the real list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _unwrap(other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        duplicate = self.__class__.__new__(self.__class__)
        duplicate.__dict__.update(self.__dict__)
        duplicate.__dict__["data"] = self.__dict__["data"][:]
        return duplicate

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    """A str-like class whose value is the real str self.data.

    Methods that produce a string return an instance of the same class.
    """

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def _wrap(self, text):
        return self.__class__(text)

    @staticmethod
    def _unwrap(value):
        return value.data if isinstance(value, UserString) else value

    # -- conversions and comparisons --------------------------------------

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == self._unwrap(string)

    def __lt__(self, string):
        return self.data < self._unwrap(string)

    def __le__(self, string):
        return self.data <= self._unwrap(string)

    def __gt__(self, string):
        return self.data > self._unwrap(string)

    def __ge__(self, string):
        return self.data >= self._unwrap(string)

    # -- sequence behaviour ------------------------------------------------

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self._wrap(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self._wrap(self.data + other.data)
        if isinstance(other, str):
            return self._wrap(self.data + other)
        return self._wrap(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self._wrap(other + self.data)
        return self._wrap(str(other) + self.data)

    def __mul__(self, n):
        return self._wrap(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self._wrap(self.data % args)

    def __rmod__(self, template):
        return self._wrap(str(template) % self)

    # -- str methods ---------------------------------------------------------
    # Arguments that may be UserStrings themselves are unwrapped where str
    # would not accept them.

    def capitalize(self):
        return self._wrap(self.data.capitalize())

    def casefold(self):
        return self._wrap(self.data.casefold())

    def center(self, width, *args):
        return self._wrap(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._unwrap(sub), start, end)

    def removeprefix(self, prefix, /):
        return self._wrap(self.data.removeprefix(self._unwrap(prefix)))

    def removesuffix(self, suffix, /):
        return self._wrap(self.data.removesuffix(self._unwrap(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        encoding = "utf-8" if encoding is None else encoding
        errors = "strict" if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self._wrap(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._unwrap(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self._wrap(self.data.ljust(width, *args))

    def lower(self):
        return self._wrap(self.data.lower())

    def lstrip(self, chars=None):
        return self._wrap(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self._wrap(self.data.replace(self._unwrap(old), self._unwrap(new),
                                            maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._unwrap(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self._wrap(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self._wrap(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self._wrap(self.data.strip(chars))

    def swapcase(self):
        return self._wrap(self.data.swapcase())

    def title(self):
        return self._wrap(self.data.title())

    def translate(self, *args):
        return self._wrap(self.data.translate(*args))

    def upper(self):
        return self._wrap(self.data.upper())

    def zfill(self, width):
        return self._wrap(self.data.zfill(width))


# Importing collections also makes collections.abc available, as it always
# is in CPython (whose start-up imports it).
from collections import abc
