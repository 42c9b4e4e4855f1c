"""Efficient arrays of numeric values.

A pure-Python implementation of the ``array`` module.  An array keeps its
items in a Python list, already converted to what the C type can hold:
integers are range-checked, 'f' items are rounded to single precision and
'u' items are one-character strings.  Binary conversions (tobytes,
frombytes, byteswap) go through ``struct`` with native sizes, which on
x86-64 Linux are those of CPython: 'l' and 'L' are 8 bytes, 'u' is 4.

Range and type errors use the same exception types and messages as
CPython 3.11, quirks included (an out-of-range 'b' item may be reported as
a "signed short integer", which is what CPython's argument parser checks
first).
"""

import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {
    'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
    'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8,
}

_WRITABLE = 1      # inspect.BufferFlags.WRITABLE

_NO_INITIALIZER = object()

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


# ---------------------------------------------------------------------------
# Item conversion, one function per typecode
# ---------------------------------------------------------------------------

def _index(value):
    """Return *value* as a plain int (``operator.index`` semantics)."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int.__index__(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    result = method(value)
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(result).__name__)
    return int.__index__(result)


def _c_long(value):
    value = _index(value)
    if value < _LONG_MIN or value > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return value


def _check(value, low, high, name):
    """Raise CPython's "<name> is less than minimum" style OverflowError."""
    if value < low:
        raise OverflowError('%s is less than minimum' % name)
    if value > high:
        raise OverflowError('%s is greater than maximum' % name)


def _conv_b(value):
    value = _c_long(value)
    _check(value, -32768, 32767, 'signed short integer')
    _check(value, -128, 127, 'signed char')
    return value


def _conv_B(value):
    value = _c_long(value)
    _check(value, 0, 255, 'unsigned byte integer')
    return value


def _conv_h(value):
    value = _c_long(value)
    _check(value, -32768, 32767, 'signed short integer')
    return value


def _conv_H(value):
    value = _c_long(value)
    _check(value, -(1 << 31), (1 << 31) - 1, 'signed integer')
    _check(value, 0, 65535, 'unsigned short')
    return value


def _conv_i(value):
    value = _c_long(value)
    _check(value, -(1 << 31), (1 << 31) - 1, 'signed integer')
    return value


def _c_ulong(value):
    value = _index(value)
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value > _ULONG_MAX:
        raise OverflowError(
            'Python int too large to convert to C unsigned long')
    return value


def _conv_I(value):
    value = _c_ulong(value)
    if value > 0xFFFFFFFF:
        raise OverflowError('unsigned int is greater than maximum')
    return value


def _conv_q(value):
    value = _index(value)
    if value < _LONG_MIN or value > _LONG_MAX:
        raise OverflowError('int too big to convert')
    return value


def _conv_Q(value):
    value = _index(value)
    if value < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if value > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return value


def _conv_d(value):
    if type(value) is float:
        return value
    if hasattr(type(value), '__float__'):
        return float(value)
    if hasattr(type(value), '__index__'):
        return float(_index(value))
    raise TypeError('must be real number, not %s' % type(value).__name__)


def _conv_f(value):
    # Round to single precision the way a C cast does: values too large
    # become infinities.  The native 'f' struct format behaves the same.
    return _struct.unpack('f', _struct.pack('f', _conv_d(value)))[0]


def _conv_u(value):
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError('array item must be unicode character')
    return str(value)


_CONVERTERS = {
    'b': _conv_b, 'B': _conv_B, 'u': _conv_u, 'h': _conv_h, 'H': _conv_H,
    'i': _conv_i, 'I': _conv_I, 'l': _c_long, 'L': _c_ulong,
    'q': _conv_q, 'Q': _conv_Q, 'f': _conv_f, 'd': _conv_d,
}


def _bytes_of(buffer):
    """The contents of a bytes-like object, as bytes or bytearray."""
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, memoryview):
        return buffer.tobytes()
    if isinstance(buffer, array):
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(buffer).__name__)


def _decode(typecode, data):
    """Return the list of items stored in the native bytes *data*."""
    count = len(data) // _ITEMSIZE[typecode]
    if typecode != 'u':
        return list(_struct.unpack('@%d%s' % (count, typecode), data))
    items = []
    for code in _struct.unpack('<%dI' % count, data):
        if code > 0x10FFFF:
            # CPython keeps such values and fails when they are read;
            # here they are refused at once, with the same message.
            raise ValueError('character U+%x is not in range '
                             '[U+0000; U+10ffff]' % code)
        items.append(chr(code))
    return items


# ---------------------------------------------------------------------------
# The array type
# ---------------------------------------------------------------------------

class array:
    """A mutable sequence of numbers (or characters) of one C type.

    array(typecode[, initializer]): *typecode* is one of the characters of
    ``typecodes``.  The initializer may be a list or tuple of items, a
    bytes-like object (read as machine values), a str (for typecode 'u'),
    another array of the same typecode, or any iterable of items.
    """

    __slots__ = ('_typecode', '_items', '_convert')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % len(args))
        typecode = args[0]
        initializer = args[1] if len(args) > 1 else _NO_INITIALIZER
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, '
                            'not %s' % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, '
                             'L, q, Q, f or d)')
        if initializer is not _NO_INITIALIZER and typecode != 'u':
            if isinstance(initializer, str):
                raise TypeError('cannot use a str to initialize an array '
                                "with typecode '%s'" % typecode)
            if isinstance(initializer, array) and initializer._typecode == 'u':
                raise TypeError('cannot use a unicode array to initialize an '
                                "array with typecode '%s'" % typecode)

        self = object.__new__(cls)
        self._typecode = typecode
        self._convert = _CONVERTERS[typecode]
        self._items = []
        if initializer is _NO_INITIALIZER:
            pass
        elif isinstance(initializer, (list, tuple)):
            convert = self._convert
            self._items = [convert(item) for item in initializer]
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):      # typecode 'u'
            self._items = list(initializer)
        elif isinstance(initializer, array) and initializer._typecode == typecode:
            self._items = list(initializer._items)
        else:
            self.extend(iter(initializer))
        return self

    # -- attributes ---------------------------------------------------------

    @property
    def typecode(self):
        """The type code the array was created with."""
        return self._typecode

    @property
    def itemsize(self):
        """The number of bytes one item takes in the machine representation."""
        return _ITEMSIZE[self._typecode]

    # -- list-like methods --------------------------------------------------

    def append(self, v, /):
        """Add the item *v* at the end."""
        self._items.append(self._convert(v))

    def extend(self, bb, /):
        """Add the items of an iterable (or same-typecode array) at the end."""
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        convert = self._convert
        append = self._items.append
        for item in bb:
            append(convert(item))

    def insert(self, i, v, /):
        """Put the item *v* before position *i* (clamped like list.insert)."""
        i = _index(i)
        self._items.insert(i, self._convert(v))

    def pop(self, i=-1, /):
        """Remove the item at position *i* (the last one by default) and
        return it."""
        i = _index(i)
        items = self._items
        if not items:
            raise IndexError('pop from empty array')
        if i < 0:
            i += len(items)
        if i < 0 or i >= len(items):
            raise IndexError('pop index out of range')
        return items.pop(i)

    def _find(self, v, start, stop):
        """Index of the first item equal to v in items[start:stop], or -1.

        Items are compared with ``==`` only, never by identity, so that a
        NaN is never found (CPython compares freshly made objects).
        """
        items = self._items
        for i in range(*slice(start, stop).indices(len(items))):
            if items[i] == v:
                return i
        return -1

    def remove(self, v, /):
        """Delete the first item equal to *v*."""
        i = self._find(v, 0, None)
        if i < 0:
            raise ValueError('array.remove(x): x not in array')
        del self._items[i]

    def index(self, v, start=0, stop=None, /):
        """Position of the first item equal to *v* within [start:stop]."""
        start = _slice_index(start)
        if stop is not None:
            stop = _slice_index(stop)
        i = self._find(v, start, stop)
        if i < 0:
            raise ValueError('array.index(x): x not in array')
        return i

    def count(self, v, /):
        """How many items equal *v*."""
        n = 0
        for item in self._items:
            if item == v:
                n += 1
        return n

    def reverse(self):
        """Reverse the items in place."""
        self._items.reverse()

    # -- conversions --------------------------------------------------------

    def tolist(self):
        """Return the items as a new list."""
        return list(self._items)

    def fromlist(self, lst, /):
        """Add the items of the list *lst*; nothing is added if one is bad."""
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        convert = self._convert
        # Convert everything first: on error the array is left unchanged.
        self._items.extend([convert(item) for item in lst])

    def tobytes(self):
        """Return the items as machine values (native byte order)."""
        items = self._items
        if self._typecode == 'u':
            return _struct.pack('<%dI' % len(items), *map(ord, items))
        return _struct.pack('@%d%s' % (len(items), self._typecode), *items)

    def frombytes(self, buffer, /):
        """Add the items encoded as machine values in the bytes-like
        *buffer*, whose length must be a multiple of itemsize."""
        data = _bytes_of(buffer)
        if len(data) % _ITEMSIZE[self._typecode]:
            raise ValueError('bytes length not a multiple of item size')
        self._items.extend(_decode(self._typecode, data))

    def fromunicode(self, ustr, /):
        """Add the characters of *ustr* (typecode 'u' only)."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(ustr).__name__)
        if self._typecode != 'u':
            raise ValueError(
                'fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def tounicode(self):
        """Return the characters as a str (typecode 'u' only)."""
        if self._typecode != 'u':
            raise ValueError(
                'tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromfile(self, f, n, /):
        """Add *n* items read as machine values from the binary file *f*;
        EOFError if it holds fewer (the complete ones are still added)."""
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        nbytes = n * _ITEMSIZE[self._typecode]
        data = f.read(nbytes)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != nbytes:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f, /):
        """Write the machine values of the items to the binary file *f*."""
        f.write(self.tobytes())

    def byteswap(self):
        """Reverse the byte order of every item (for foreign-endian data)."""
        size = _ITEMSIZE[self._typecode]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1]
                           for i in range(0, len(data), size))
        self._items[:] = _decode(self._typecode, swapped)

    def buffer_info(self):
        """Return (identifier, number of items).  There is no raw memory
        buffer here, so the first value is just the object's id()."""
        return (id(self), len(self._items))

    def __sizeof__(self):
        """An estimate of the memory used, in bytes."""
        return 64 + len(self._items) * _ITEMSIZE[self._typecode]

    def __bytes__(self):
        return self.tobytes()

    # The buffer protocol of PEP 688, through which struct and io accept
    # arrays as bytes-like objects: __buffer__ returns a view of a copy of
    # the machine values, and __release_buffer__ stores back whatever a
    # consumer wrote into a writable view.

    def __buffer__(self, flags, /):
        if flags & _WRITABLE:
            return memoryview(bytearray(self.tobytes()))
        return memoryview(self.tobytes())

    def __release_buffer__(self, view, /):
        if not view.readonly:
            self._items[:] = _decode(self._typecode, view.tobytes())

    # -- sequence protocol --------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return self._find(v, 0, None) >= 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _new_array(self._typecode, self._items[index])
        return self._items[self._position(index, 'array index out of range')]

    def __setitem__(self, index, value):
        if not isinstance(index, slice):
            i = self._position(index, 'array assignment index out of range')
            self._items[i] = self._convert(value)
            return
        if not isinstance(value, array):
            raise TypeError('can only assign array (not "%s") to array slice'
                            % type(value).__name__)
        if value._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        new = list(value._items)    # a copy, in case value is self
        start, stop, step = index.indices(len(self._items))
        if step != 1:
            if not new:
                # Like CPython, an empty array deletes an extended slice.
                del self._items[index]
                return
            size = len(range(start, stop, step))
            if len(new) != size:
                raise ValueError('attempt to assign array of size %d to '
                                 'extended slice of size %d'
                                 % (len(new), size))
        self._items[index] = new

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        del self._items[self._position(index,
                                       'array assignment index out of range')]

    def _position(self, index, message):
        """Turn an item index into a list position, or raise IndexError."""
        if not hasattr(type(index), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index(index)
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError(message)
        return i

    # -- operators ----------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return _new_array(self._typecode, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return _new_array(self._typecode, self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        self._items *= _index(n)
        return self

    def _compare(self, other, op):
        """Rich comparison: the first differing items decide, else sizes."""
        if not isinstance(other, array):
            return NotImplemented
        mine, theirs = self._items, other._items
        if len(mine) != len(theirs) and op in ('==', '!='):
            return op == '!='
        for a, b in zip(mine, theirs):
            if not a == b:
                break
        else:
            a, b = len(mine), len(theirs)
        if op == '==':
            return a == b
        if op == '!=':
            return a != b
        if op == '<':
            return a < b
        if op == '<=':
            return a <= b
        if op == '>':
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, '==')

    def __ne__(self, other):
        return self._compare(other, '!=')

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    __hash__ = None

    # -- copying, pickling, repr --------------------------------------------

    def __copy__(self):
        """Return a copy of the array."""
        return _new_array(self._typecode, list(self._items))

    def __deepcopy__(self, unused, /):
        """Return a copy of the array."""
        return _new_array(self._typecode, list(self._items))

    def __reduce_ex__(self, protocol, /):
        """Return state information for pickling."""
        return (type(self), (self._typecode, list(self._items)),
                getattr(self, '__dict__', None))

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._typecode)
        if self._typecode == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._typecode, self._items)


def _new_array(typecode, items):
    """A new plain array holding *items*, which are already converted."""
    self = object.__new__(array)
    self._typecode = typecode
    self._convert = _CONVERTERS[typecode]
    self._items = items
    return self


def _slice_index(value):
    """A start/stop argument of index(): an int or an __index__ object."""
    if not hasattr(type(value), '__index__'):
        raise TypeError('slice indices must be integers or have an '
                        '__index__ method')
    return _index(value)


ArrayType = array
