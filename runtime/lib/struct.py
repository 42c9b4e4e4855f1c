"""Interpret bytes as packed binary data.

A pure-Python implementation of the ``struct`` module.  Format strings are
compiled once into a list of *groups* (one per ``<count><char>`` item) and
cached; packing and unpacking walk the groups.

The layout rules are those of CPython on x86-64 Linux: native mode (``@``,
the default) uses native sizes and alignment and little-endian byte order,
``=`` and ``<`` are little-endian with standard sizes, ``>`` and ``!`` are
big-endian with standard sizes.  Error messages follow CPython 3.11,
including its quirks (for instance ``'<h'`` reports range errors as
"short format requires ..." while ``'>h'`` says "'h' format requires ...",
because CPython reuses its native packers for little-endian formats).

Floating-point values are converted to and from their IEEE 754 bit patterns
with exact integer arithmetic (round-half-to-even), so results are
bit-identical to CPython's.  A NaN keeps its sign, but not any payload: NaNs
are always packed as the default quiet NaN.
"""

import math

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]


class error(Exception):
    """Raised on bad format strings and on values that do not fit."""


# ---------------------------------------------------------------------------
# Argument conversion
# ---------------------------------------------------------------------------

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _index(value):
    """Return *value* as an int, using ``__index__`` like CPython does."""
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise error('required argument is not an integer')
    result = method(value)
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(result).__name__)
    return result


def _as_long(value):
    """Convert like CPython's get_long(): a value that fits a C long."""
    value = _index(value)
    if value < _LONG_MIN or value > _LONG_MAX:
        raise error('argument out of range')
    return value


def _as_ulong(value):
    """Convert like CPython's get_ulong(): a value that fits an unsigned long."""
    value = _index(value)
    if value < 0 or value > _ULONG_MAX:
        raise error('argument out of range')
    return value


def _as_double(value):
    """Convert like PyFloat_AsDouble(), reporting any failure as struct.error."""
    if isinstance(value, float):
        return value
    try:
        if hasattr(type(value), '__float__'):
            return float(value)
        if hasattr(type(value), '__index__'):
            return float(_index(value))
    except Exception:
        pass
    raise error('required argument is not a float')


def _range_error(char, size, signed):
    """The generic "'%c' format requires lo <= number <= hi" error."""
    if signed:
        top = (1 << (8 * size - 1)) - 1
        return error("'%s' format requires %d <= number <= %d"
                     % (char, -top - 1, top))
    return error("'%s' format requires 0 <= number <= %d"
                 % (char, (1 << (8 * size)) - 1))


# Integer packers: each takes (char, size, value) and returns an int that is
# known to fit in ``size`` bytes with the right signedness, or raises.

def _conv_byte(char, size, value):
    value = _as_long(value)
    if not -128 <= value <= 127:
        raise error('byte format requires -128 <= number <= 127')
    return value


def _conv_ubyte(char, size, value):
    value = _as_long(value)
    if not 0 <= value <= 255:
        raise error('ubyte format requires 0 <= number <= 255')
    return value


def _conv_short(char, size, value):
    value = _as_long(value)
    if not -32768 <= value <= 32767:
        raise error('short format requires -32768 <= number <= 32767')
    return value


def _conv_ushort(char, size, value):
    value = _as_long(value)
    if not 0 <= value <= 65535:
        raise error('ushort format requires 0 <= number <= 65535')
    return value


def _conv_signed(char, size, value):
    """A signed C long, then checked against the item size (CPython's
    np_int and bp_int/lp_int)."""
    value = _as_long(value)
    if size < 8:
        top = (1 << (8 * size - 1)) - 1
        if value < -top - 1 or value > top:
            raise _range_error(char, size, True)
    return value


def _conv_unsigned(char, size, value):
    """An unsigned C long, then checked against the item size."""
    value = _as_ulong(value)
    if size < 8 and value >= (1 << (8 * size)):
        raise _range_error(char, size, False)
    return value


def _conv_bytearray_signed(char, size, value):
    """Standard-size 'q': CPython converts straight to 8 bytes."""
    value = _index(value)
    if value < _LONG_MIN or value > _LONG_MAX:
        raise OverflowError('int too big to convert')
    return value


def _conv_bytearray_unsigned(char, size, value):
    """Standard-size 'Q'."""
    value = _index(value)
    if value < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if value > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return value


def _conv_pointer(char, size, value):
    """Native 'P': anything a C pointer can hold, signed or not."""
    value = _index(value)
    if value < _LONG_MIN or value > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return value & _ULONG_MAX


# ---------------------------------------------------------------------------
# IEEE 754 conversion
# ---------------------------------------------------------------------------

def _float_to_bits(x, exp_bits, mant_bits, overflow):
    """Return the IEEE 754 bit pattern of *x* in the given format.

    The value is rounded to nearest, ties to even.  When it does not fit
    (it would round to infinity) ``overflow`` decides: ``None`` gives
    infinity, otherwise it is the format character for the OverflowError.
    """
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    sign_bit = sign << (exp_bits + mant_bits)
    exp_all_ones = ((1 << exp_bits) - 1) << mant_bits
    if math.isnan(x):
        # The default quiet NaN: top fraction bit set.
        return sign_bit | exp_all_ones | (1 << (mant_bits - 1))
    if math.isinf(x):
        return sign_bit | exp_all_ones
    if x == 0.0:
        return sign_bit

    # |x| == mant * 2**exp exactly, with mant a 53-bit integer.
    frac, e = math.frexp(abs(x))
    mant = int(math.ldexp(frac, 53))
    exp = e - 53

    # The weight of the last mantissa bit in the target format: that of a
    # normal number with the same exponent, but never below the subnormals'.
    bias = (1 << (exp_bits - 1)) - 1
    min_quantum = 1 - bias - mant_bits
    quantum = max(e - 1 - mant_bits, min_quantum)

    shift = quantum - exp
    if shift <= 0:
        q = mant << -shift
    else:
        q = mant >> shift
        rest = mant - (q << shift)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and q & 1):
            q += 1

    # Biased exponent and fraction fall out of one addition: for subnormals
    # q < 2**mant_bits, and a carry out of the fraction bumps the exponent.
    bits = ((quantum - min_quantum) << mant_bits) + q
    if bits >= exp_all_ones:
        if overflow is None:
            return sign_bit | exp_all_ones
        raise OverflowError('float too large to pack with %s format' % overflow)
    return sign_bit | bits


def _bits_to_float(bits, exp_bits, mant_bits):
    """Inverse of _float_to_bits()."""
    mant_mask = (1 << mant_bits) - 1
    exp_mask = (1 << exp_bits) - 1
    frac = bits & mant_mask
    biased = (bits >> mant_bits) & exp_mask
    negative = (bits >> (exp_bits + mant_bits)) & 1
    if biased == exp_mask:
        value = math.inf if frac == 0 else math.nan
    else:
        bias = (1 << (exp_bits - 1)) - 1
        if biased == 0:
            value = math.ldexp(float(frac), 1 - bias - mant_bits)
        else:
            value = math.ldexp(float(frac | (1 << mant_bits)),
                               biased - bias - mant_bits)
    return -value if negative else value


_FLOAT_LAYOUT = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


# ---------------------------------------------------------------------------
# Format tables
# ---------------------------------------------------------------------------

# Each table maps a format character to (size, alignment, kind, extra).
# kind is one of: 'int', 'uint', 'bool', 'char', 'float', 'pad', 'str',
# 'pascal'.  extra is the argument checker for the integer kinds; for the
# float kinds it is the format character named in the OverflowError raised
# for values too large, or None when such values become infinity (a native
# 'f' is a C cast from double, which saturates; a 'd' cannot overflow).

_NATIVE = {
    'x': (1, 1, 'pad', None),
    'c': (1, 1, 'char', None),
    'b': (1, 1, 'int', _conv_byte),
    'B': (1, 1, 'uint', _conv_ubyte),
    '?': (1, 1, 'bool', None),
    'h': (2, 2, 'int', _conv_short),
    'H': (2, 2, 'uint', _conv_ushort),
    'i': (4, 4, 'int', _conv_signed),
    'I': (4, 4, 'uint', _conv_unsigned),
    'l': (8, 8, 'int', _conv_signed),
    'L': (8, 8, 'uint', _conv_unsigned),
    'q': (8, 8, 'int', _conv_signed),
    'Q': (8, 8, 'uint', _conv_unsigned),
    'n': (8, 8, 'int', _conv_signed),
    'N': (8, 8, 'uint', _conv_unsigned),
    'P': (8, 8, 'uint', _conv_pointer),
    'e': (2, 2, 'float', 'e'),
    'f': (4, 4, 'float', None),
    'd': (8, 8, 'float', None),
    's': (1, 1, 'str', None),
    'p': (1, 1, 'pascal', None),
}

# Little-endian standard sizes.  CPython reuses the native packers wherever
# the sizes agree, which is why most messages equal the native ones.
_LITTLE = {
    'x': (1, 0, 'pad', None),
    'c': (1, 0, 'char', None),
    'b': (1, 0, 'int', _conv_byte),
    'B': (1, 0, 'uint', _conv_ubyte),
    '?': (1, 0, 'bool', None),
    'h': (2, 0, 'int', _conv_short),
    'H': (2, 0, 'uint', _conv_ushort),
    'i': (4, 0, 'int', _conv_signed),
    'I': (4, 0, 'uint', _conv_unsigned),
    'l': (4, 0, 'int', _conv_signed),
    'L': (4, 0, 'uint', _conv_unsigned),
    'q': (8, 0, 'int', _conv_signed),
    'Q': (8, 0, 'uint', _conv_unsigned),
    'e': (2, 0, 'float', 'e'),
    'f': (4, 0, 'float', 'f'),
    'd': (8, 0, 'float', None),
    's': (1, 0, 'str', None),
    'p': (1, 0, 'pascal', None),
}

# Big-endian standard sizes: CPython's own big-endian packers, apart from
# 'b' and 'B' which share the native ones.
_BIG = dict(_LITTLE)
_BIG.update({
    'h': (2, 0, 'int', _conv_signed),
    'H': (2, 0, 'uint', _conv_unsigned),
    'q': (8, 0, 'int', _conv_bytearray_signed),
    'Q': (8, 0, 'uint', _conv_bytearray_unsigned),
})

# byte-order character -> (table, byteorder for int.to_bytes, aligned?)
_ORDERS = {
    '@': (_NATIVE, 'little', True),
    '=': (_LITTLE, 'little', False),
    '<': (_LITTLE, 'little', False),
    '>': (_BIG, 'big', False),
    '!': (_BIG, 'big', False),
}

_SPACES = ' \t\n\r\x0b\x0c'
_DIGITS = '0123456789'
_MAXSIZE = (1 << 63) - 1


class _Group:
    """One ``<count><char>`` item of a compiled format."""

    __slots__ = ('char', 'kind', 'count', 'size', 'offset', 'convert')

    def __init__(self, char, kind, count, size, offset, convert):
        self.char = char
        self.kind = kind
        self.count = count      # number of items ('s'/'p': always 1)
        self.size = size        # bytes per item ('s'/'p': the whole field)
        self.offset = offset
        self.convert = convert  # the 'extra' field of the format tables


def _compile(fmt):
    """Parse a format string; return (groups, byteorder, size, nitems)."""
    if fmt and fmt[0] in _ORDERS:
        table, byteorder, native = _ORDERS[fmt[0]]
        pos = 1
    else:
        table, byteorder, native = _ORDERS['@']
        pos = 0

    groups = []
    size = 0
    nitems = 0
    end = len(fmt)
    while pos < end:
        c = fmt[pos]
        pos += 1
        if c in _SPACES:
            continue
        if c in _DIGITS:
            num = ord(c) - 48
            while pos < end and fmt[pos] in _DIGITS:
                num = num * 10 + ord(fmt[pos]) - 48
                pos += 1
                if num > _MAXSIZE:
                    raise error('total struct size too long')
            if pos == end:
                raise error('repeat count given without format specifier')
            c = fmt[pos]
            pos += 1
        else:
            num = 1
        entry = table.get(c)
        if entry is None:
            raise error('bad char in struct format')
        itemsize, alignment, kind, convert = entry
        if native and alignment > 1 and size > 0:
            size += (alignment - 1) - (size - 1) % alignment
        if kind == 'str' or kind == 'pascal':
            groups.append(_Group(c, kind, 1, num, size, None))
            nitems += 1
        elif kind == 'pad':
            pass
        elif num:
            groups.append(_Group(c, kind, num, itemsize, size, convert))
            nitems += num
        size += num * itemsize
        if size > _MAXSIZE:
            raise error('total struct size too long')
    return groups, byteorder, size, nitems


# ---------------------------------------------------------------------------
# Packing and unpacking
# ---------------------------------------------------------------------------

def _pack_item(group, byteorder, value):
    """Return the bytes for one item of a non-string group."""
    kind = group.kind
    size = group.size
    if kind == 'int':
        return group.convert(group.char, size, value).to_bytes(
            size, byteorder, signed=True)
    if kind == 'uint':
        return group.convert(group.char, size, value).to_bytes(
            size, byteorder)
    if kind == 'float':
        exp_bits, mant_bits = _FLOAT_LAYOUT[group.char]
        bits = _float_to_bits(_as_double(value), exp_bits, mant_bits,
                              group.convert)
        return bits.to_bytes(size, byteorder)
    if kind == 'bool':
        return b'\x01' if value else b'\x00'
    # kind == 'char'
    if not isinstance(value, bytes) or len(value) != 1:
        raise error('char format requires a bytes object of length 1')
    return value


def _pack_string(group, value):
    """Return the bytes of an 's' or 'p' field."""
    size = group.size
    if not isinstance(value, (bytes, bytearray)):
        raise error("argument for '%s' must be a bytes object" % group.char)
    if group.kind == 'str':
        data = bytes(value[:size])
        return data + bytes(size - len(data))
    if size == 0:
        return b''
    data = bytes(value[:size - 1])
    n = min(len(data), 255)
    return bytes((n,)) + data + bytes(size - 1 - len(data))


def _pack_to(compiled, out, args):
    """Pack *args* into the zeroed bytearray *out*.

    Items are written one by one, so on error the items before the bad one
    have been stored (this is what pack_into() leaves behind in CPython).
    """
    groups, byteorder = compiled[0], compiled[1]
    i = 0
    for group in groups:
        offset = group.offset
        if group.kind == 'str' or group.kind == 'pascal':
            data = _pack_string(group, args[i])
            out[offset:offset + len(data)] = data
            i += 1
            continue
        size = group.size
        for _ in range(group.count):
            value = args[i]
            try:
                data = _pack_item(group, byteorder, value)
            except OverflowError:
                if isinstance(value, int):
                    raise error('int too large to convert') from None
                raise
            out[offset:offset + size] = data
            offset += size
            i += 1


def _unpack_at(compiled, data, base):
    """Unpack one struct from the bytes-like *data* at *base*; return a tuple."""
    groups, byteorder = compiled[0], compiled[1]
    result = []
    append = result.append
    for group in groups:
        offset = base + group.offset
        size = group.size
        kind = group.kind
        if kind == 'str':
            append(bytes(data[offset:offset + size]))
            continue
        if kind == 'pascal':
            if size == 0:
                append(b'')
                continue
            n = min(data[offset], size - 1)
            append(bytes(data[offset + 1:offset + 1 + n]))
            continue
        for _ in range(group.count):
            chunk = data[offset:offset + size]
            if kind == 'int':
                append(int.from_bytes(chunk, byteorder, signed=True))
            elif kind == 'uint':
                append(int.from_bytes(chunk, byteorder))
            elif kind == 'float':
                exp_bits, mant_bits = _FLOAT_LAYOUT[group.char]
                append(_bits_to_float(int.from_bytes(chunk, byteorder),
                                      exp_bits, mant_bits))
            elif kind == 'bool':
                append(any(chunk))
            else:   # 'char'
                append(bytes(chunk))
            offset += size
    return tuple(result)


def _readable_buffer(buffer):
    """Return the contents of a bytes-like object as something sliceable."""
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, memoryview):
        return buffer.tobytes()
    # Objects of this library that carry binary data (array.array) expose
    # it through __buffer__ (the protocol of PEP 688).
    export = getattr(type(buffer), '__buffer__', None)
    if export is not None:
        return export(buffer, 0).tobytes()
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(buffer).__name__)


def _writable_buffer(buffer):
    """Return a writable view of *buffer*.

    For objects exporting their data through __buffer__ (PEP 688), the view
    is a copy, which must be handed back with __release_buffer__.
    """
    if isinstance(buffer, bytearray):
        return buffer
    if isinstance(buffer, memoryview) and not buffer.readonly:
        return buffer
    if hasattr(type(buffer), '__release_buffer__'):
        return type(buffer).__buffer__(buffer, 1)   # BufferFlags.WRITABLE
    raise TypeError('argument must be read-write bytes-like object, not %s'
                    % type(buffer).__name__)


# ---------------------------------------------------------------------------
# Struct objects
# ---------------------------------------------------------------------------

class Struct:
    """A compiled format: Struct(format).

    Its methods pack, pack_into, unpack, unpack_from and iter_unpack do
    what the module-level functions do, without parsing the format again.
    """

    __slots__ = ('_format', '_compiled', '_size', '_nitems')

    def __init__(self, format):
        if isinstance(format, str):
            text = format
            format.encode('ascii')      # non-ASCII formats are rejected
        elif isinstance(format, bytes):
            text = format.decode('latin-1')
        else:
            raise TypeError('Struct() argument 1 must be a str or bytes '
                            'object, not %s' % type(format).__name__)
        if '\0' in text:
            raise error('embedded null character')
        groups, byteorder, size, nitems = _compile(text)
        self._format = text
        self._compiled = (groups, byteorder)
        self._size = size
        self._nitems = nitems

    @property
    def format(self):
        """The format this Struct was made from, as a str."""
        return self._format

    @property
    def size(self):
        """The number of bytes a packed struct takes."""
        return self._size

    def pack(self, *values):
        """Return bytes containing *values* packed according to the format."""
        if len(values) != self._nitems:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nitems, len(values)))
        out = bytearray(self._size)
        _pack_to(self._compiled, out, values)
        return bytes(out)

    def pack_into(self, *args):
        """pack_into(buffer, offset, *values)

        Pack *values* into the writable *buffer* starting at *offset*.
        """
        if not args:
            raise error('pack_into expected buffer argument')
        if len(args) == 1:
            raise error('pack_into expected offset argument')
        buffer, offset, values = args[0], args[1], args[2:]
        if len(values) != self._nitems:
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._nitems, len(values)))
        target = _writable_buffer(buffer)
        try:
            self._pack_into(target, _offset(offset), values)
        finally:
            if target is not buffer:
                type(buffer).__release_buffer__(buffer, target)

    def _pack_into(self, target, offset, values):
        """pack_into() once the arguments are checked."""
        size = self._size
        length = len(target)
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d'
                            % (size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, length))
            offset += length
        if length - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes '
                        'for packing %d bytes at offset %d (actual buffer '
                        'size is %d)' % (size + offset, size, offset, length))
        # Pack into a zeroed scratch area and copy it over the target, also
        # when packing fails halfway (CPython clears the area first too).
        out = bytearray(size)
        try:
            _pack_to(self._compiled, out, values)
        finally:
            target[offset:offset + size] = out

    def unpack(self, buffer):
        """Unpack *buffer*, which must be exactly ``size`` bytes long."""
        data = _readable_buffer(buffer)
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return _unpack_at(self._compiled, data, 0)

    def unpack_from(self, buffer, offset=0):
        """Unpack from *buffer* starting at *offset*."""
        data = _readable_buffer(buffer)
        offset = _offset(offset)
        size = self._size
        length = len(data)
        if offset < 0:
            if offset + size > 0:
                raise error('not enough data to unpack %d bytes at offset %d'
                            % (size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer'
                            % (offset, length))
            offset += length
        if length - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes '
                        'for unpacking %d bytes at offset %d (actual buffer '
                        'size is %d)' % (size + offset, size, offset, length))
        return _unpack_at(self._compiled, data, offset)

    def iter_unpack(self, buffer):
        """Return an iterator over the consecutive structs in *buffer*."""
        size = self._size
        if size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        data = _readable_buffer(buffer)
        if len(data) % size:
            raise error('iterative unpacking requires a buffer of a multiple '
                        'of %d bytes' % size)
        return _UnpackIterator(self._compiled, data, size)


class _UnpackIterator:
    """The iterator returned by iter_unpack()."""

    __slots__ = ('_compiled', '_data', '_size', '_pos')

    def __init__(self, compiled, data, size):
        self._compiled = compiled
        self._data = data
        self._size = size
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._data is None or self._pos >= len(self._data):
            self._data = None
            raise StopIteration
        result = _unpack_at(self._compiled, self._data, self._pos)
        self._pos += self._size
        return result

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (len(self._data) - self._pos) // self._size


def _offset(value):
    """An offset argument: an int or an object with __index__."""
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# ---------------------------------------------------------------------------
# Module-level functions, with a cache of compiled formats
# ---------------------------------------------------------------------------

_MAXCACHE = 100
_cache = {}


def _get_struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[fmt] = s
    return s


def _clearcache():
    """Clear the internal cache of compiled formats."""
    _cache.clear()


def calcsize(format, /):
    """Return the size in bytes of the struct described by *format*."""
    return _get_struct(format).size


def pack(format, /, *values):
    """Return bytes containing *values* packed according to *format*."""
    return _get_struct(format).pack(*values)


def pack_into(format, /, *args):
    """pack_into(format, buffer, offset, *values)

    Pack *values* into the writable *buffer* starting at *offset*.
    """
    return _get_struct(format).pack_into(*args)


def unpack(format, buffer, /):
    """Unpack *buffer* (exactly calcsize(format) bytes) into a tuple."""
    return _get_struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack from *buffer* starting at *offset*; the buffer may be longer."""
    return _get_struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator unpacking consecutive structs from *buffer*."""
    return _get_struct(format).iter_unpack(buffer)
