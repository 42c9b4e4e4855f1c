"""The io module: in-memory streams and the I/O class hierarchy.

This is a pure-Python implementation of the parts of ``io`` that do not
need the operating system: the abstract classes IOBase, RawIOBase,
BufferedIOBase and TextIOBase (usable as base classes for file-like
objects), the in-memory streams StringIO and BytesIO, and
IncrementalNewlineDecoder.  Real files come from the built-in ``open``,
which this module re-exports; ``TextIOWrapper`` names the type of the
interpreter's text files.

The abstract classes are ordinary classes, not ABCs: StringIO and BytesIO
derive from them directly, so ``isinstance(s, io.TextIOBase)`` works, but
the interpreter's own file objects are not instances of them.

Behaviour follows CPython 3.11, including the exact messages; note that
CPython's StringIO says "I/O operation on closed file" (no final period)
for its own methods, while BytesIO and the generic IOBase methods add one.
"""

import sys
from abc import ABCMeta
from builtins import open

__all__ = [
    'BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase',
    'BytesIO', 'StringIO', 'BufferedIOBase', 'TextIOBase', 'TextIOWrapper',
    'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
    'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder',
    'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'BufferedRandom',
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8 * 1024

BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    """Raised when a stream does not support the requested operation."""


def open_code(path):
    """Open *path* for reading code: in binary mode, read-only."""
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """Return *encoding*, or "locale" when it is None (the default)."""
    if encoding is None:
        return 'locale'
    return encoding


# ---------------------------------------------------------------------------
# Argument helpers
# ---------------------------------------------------------------------------

_CLOSED = 'I/O operation on closed file.'


def _index(value):
    """Return *value* as an int, accepting objects with __index__."""
    if isinstance(value, int):
        return int.__index__(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _size(value):
    """A size argument that may also be None (meaning -1: no limit)."""
    if value is None:
        return -1
    if not hasattr(type(value), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(value).__name__)
    return _index(value)


def _writable_view(buffer, what):
    """Return a writable view of *buffer* for readinto().

    Pass the view to _release() when done: for objects that export their
    data through __buffer__ (PEP 688), the view is a copy that has to be
    handed back.
    """
    if isinstance(buffer, bytearray):
        return buffer
    if isinstance(buffer, memoryview) and not buffer.readonly:
        return buffer
    if hasattr(type(buffer), '__release_buffer__'):
        return type(buffer).__buffer__(buffer, 1)   # BufferFlags.WRITABLE
    raise TypeError('%s must be read-write bytes-like object, not %s'
                    % (what, type(buffer).__name__))


def _release(buffer, view):
    """Hand back a view obtained from _writable_view()."""
    if view is not buffer:
        type(buffer).__release_buffer__(buffer, view)


def _bytes_like(data):
    """The contents of a bytes-like object as bytes or bytearray."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    export = getattr(type(data), '__buffer__', None)
    if export is not None:      # e.g. array.array
        return export(data, 0).tobytes()
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


# ---------------------------------------------------------------------------
# The abstract base classes
# ---------------------------------------------------------------------------

# The interpreter's own file objects (of built-in types with these names)
# count as instances of these classes, through IOBase.__subclasshook__.
_NATIVE_NAMES = {}


class IOBase(metaclass=ABCMeta):
    """The abstract base class for all I/O classes.

    Subclasses override the methods they support; the others raise
    UnsupportedOperation.  IOBase provides iteration over lines, readline()
    and readlines() on top of read(), writelines() on top of write(), and
    the context manager protocol (which closes the stream).
    """

    @classmethod
    def __subclasshook__(cls, C):
        names = _NATIVE_NAMES.get(cls)
        if (names and C.__name__ in names and IOBase not in C.__mro__
                and C.__module__ in ('builtins', '_io')):
            return True
        return NotImplemented

    # Set by close(); read through the ``closed`` property.
    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    # -- positioning --------------------------------------------------------

    def seek(self, pos, whence=0):
        """Change the stream position (unsupported by default)."""
        self._unsupported('seek')

    def tell(self):
        """Return the current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate the stream (unsupported by default)."""
        self._unsupported('truncate')

    # -- state --------------------------------------------------------------

    def flush(self):
        """Flush write buffers; fails once the stream is closed."""
        if self.__closed:
            raise ValueError(_CLOSED)

    def close(self):
        """Flush and close the stream.  Closing twice has no effect."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        """True once the stream is closed."""
        return self.__closed

    def seekable(self):
        """Return whether the stream supports seek() and tell()."""
        return False

    def readable(self):
        """Return whether the stream can be read from."""
        return False

    def writable(self):
        """Return whether the stream can be written to."""
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.'
                                       if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.'
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.'
                                       if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        """Return the underlying file descriptor (unsupported by default)."""
        self._unsupported('fileno')

    def isatty(self):
        """Return whether the stream is an interactive terminal."""
        self._checkClosed()
        return False

    # -- lines --------------------------------------------------------------

    def readline(self, size=-1):
        """Read and return one line (bytes) from the stream.

        If *size* is given, at most *size* bytes are read.  Uses peek()
        when the stream has it, to read the line in larger pieces.
        """
        limit = _size(size)
        peek = getattr(self, 'peek', None)
        line = bytearray()
        while limit < 0 or len(line) < limit:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError("peek() should have returned a bytes "
                                  "object, not '%s'" % type(ahead).__name__)
                if ahead:
                    end = ahead.find(b'\n') + 1 or len(ahead)
                    if limit >= 0:
                        end = min(end, limit - len(line))
                    want = end
            chunk = self.read(want)
            if not isinstance(chunk, bytes):
                raise OSError("read() should have returned a bytes object, "
                              "not '%s'" % type(chunk).__name__)
            if not chunk:
                break
            line += chunk
            if line.endswith(b'\n'):
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines from the stream.

        When *hint* is positive, stop once the lines read so far total
        more than *hint* characters.
        """
        hint = _size(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            if len(line) > hint - total:
                break
            total += len(line)
        return lines

    def writelines(self, lines):
        """Write each item of the iterable *lines* (no newlines are added)."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O: subclasses implement readinto() and
    write(); read() and readall() are built on readinto()."""

    def read(self, size=-1):
        """Read at most *size* bytes with a single readinto() call; with
        no size, read until end of file."""
        size = _size(size)
        if size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        if n is None:
            return None
        if n < 0 or n > size:
            raise ValueError('readinto returned %d outside buffer size %d'
                             % (n, size))
        return bytes(buffer[:n])

    def readall(self):
        """Read until end of file, using multiple read() calls."""
        result = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not result:
                    return None
                break
            if not data:
                break
            result += data
        return bytes(result)

    def readinto(self, buffer):
        """Read bytes into the pre-allocated writable *buffer*."""
        raise NotImplementedError

    def write(self, b):
        """Write the bytes-like object *b*; return the number written."""
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""

    def read(self, size=-1):
        """Read and return up to *size* bytes."""
        self._unsupported('read')

    def read1(self, size=-1):
        """Read up to *size* bytes with at most one raw read."""
        self._unsupported('read1')

    def write(self, b):
        """Write *b* and return the number of bytes written."""
        self._unsupported('write')

    def readinto(self, buffer):
        """Read bytes into the writable *buffer*; return how many."""
        return self._readinto(buffer, self.read)

    def readinto1(self, buffer):
        """Like readinto(), but with at most one raw read."""
        return self._readinto(buffer, self.read1)

    def _readinto(self, buffer, read):
        data = read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def detach(self):
        """Separate the underlying raw stream (unsupported by default)."""
        self._unsupported('detach')


class TextIOBase(IOBase):
    """Base class for text streams: the stream is a sequence of str."""

    def read(self, size=-1):
        """Read and return at most *size* characters."""
        self._unsupported('read')

    def write(self, s):
        """Write the string *s*; return the number of characters written."""
        self._unsupported('write')

    def readline(self, size=-1):
        """Read until newline or end of file."""
        self._unsupported('readline')

    def detach(self):
        """Separate the underlying buffer (unsupported by default)."""
        self._unsupported('detach')

    @property
    def encoding(self):
        """Name of the encoding used to decode the stream, or None."""
        return None

    @property
    def newlines(self):
        """Line endings seen so far (None, a str, or a tuple of them)."""
        return None

    @property
    def errors(self):
        """The error setting of the decoder or encoder, or None."""
        return None


# ---------------------------------------------------------------------------
# Newline decoding
# ---------------------------------------------------------------------------

_SEEN_LF = 1
_SEEN_CR = 2
_SEEN_CRLF = 4

# ``newlines`` for each combination of the _SEEN_* bits.
_NEWLINES = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'),
             ('\r', '\r\n'), ('\r', '\n', '\r\n'))


class IncrementalNewlineDecoder:
    """Codec used for universal newlines mode.

    Wraps another incremental decoder (or None, for str input), records
    which kinds of line endings went through and, when *translate* is
    true, turns "\\r\\n" and "\\r" into "\\n".  A "\\r" at the end of a
    chunk is held back until the next one shows whether "\\n" follows.
    """

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
            if not isinstance(output, str):
                raise TypeError("decoder should return a string result, "
                                "not '%s'" % type(output).__name__)
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self.pendingcr = True

        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        if lf:
            self.seennl |= _SEEN_LF
        if cr:
            self.seennl |= _SEEN_CR
        if crlf:
            self.seennl |= _SEEN_CRLF

        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buffer, flag = b'', 0
        else:
            buffer, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buffer, flag

    def setstate(self, state):
        buffer, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffer, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self.seennl]


# ---------------------------------------------------------------------------
# StringIO
# ---------------------------------------------------------------------------

_STRINGIO_CLOSED = 'I/O operation on closed file'


class StringIO(TextIOBase):
    """An in-memory text stream.

    StringIO(initial_value='', newline='\\n'): the stream starts out holding
    *initial_value*, positioned at its start.  *newline* selects the line
    ending conventions, as for text files (see __init__).
    """

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s'
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        # newline=None: translate "\r\n" and "\r" to "\n" on input;
        # newline='': no translation, but any ending ends a line;
        # newline='\r' or '\r\n': "\n" is written as that string.
        self._readnl = newline
        self._readuniversal = newline is None or newline == ''
        self._readtranslate = newline is None
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._decoder = None
        if self._readuniversal:
            self._decoder = IncrementalNewlineDecoder(
                None, translate=self._readtranslate)
        # The value is _text followed by the strings in _pending, which
        # appends at the end collect cheaply until the value is needed.
        self._text = ''
        self._pending = []
        self._length = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    # -- internals ----------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise ValueError(_STRINGIO_CLOSED)

    def _value(self):
        if self._pending:
            self._text += ''.join(self._pending)
            self._pending = []
        return self._text

    def _write(self, s):
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        pos = self._pos
        if pos >= self._length:
            if pos > self._length:
                self._pending.append('\0' * (pos - self._length))
            self._pending.append(s)
            self._length = pos + len(s)
        else:
            text = self._value()
            self._text = text[:pos] + s + text[pos + len(s):]
            self._length = len(self._text)
        self._pos = pos + len(s)

    def _readline(self, limit):
        if self._pos >= self._length:
            return ''
        text = self._value()
        start = self._pos
        end = self._length
        if 0 <= limit < end - start:
            end = start + limit
        if self._readtranslate:
            nl = text.find('\n', start, end)
            stop = end if nl < 0 else nl + 1
        elif self._readuniversal:
            cr = text.find('\r', start, end)
            lf = text.find('\n', start, end)
            if cr < 0 and lf < 0:
                stop = end
            elif cr < 0 or 0 <= lf < cr:
                stop = lf + 1
            elif cr + 1 < end and text[cr + 1] == '\n':
                stop = cr + 2
            else:
                stop = cr + 1
        else:
            nl = text.find(self._readnl, start, end)
            stop = end if nl < 0 else nl + len(self._readnl)
        self._pos = stop
        return text[start:stop]

    # -- reading ------------------------------------------------------------

    def read(self, size=-1):
        """Return up to *size* characters from the current position; all
        the rest when *size* is negative or None.  '' means end of stream."""
        size = _size(size)
        self._check_closed()
        start = self._pos
        if start >= self._length:
            return ''
        remaining = self._length - start
        if size < 0 or size > remaining:
            size = remaining
        self._pos = start + size
        return self._value()[start:start + size]

    def readline(self, size=-1):
        """Return the next line, newline included (at most *size*
        characters when *size* is not negative).  '' at end of stream."""
        size = _size(size)
        self._check_closed()
        return self._readline(size)

    def __next__(self):
        if type(self) is StringIO:
            self._check_closed()
            line = self._readline(-1)
        else:
            # A subclass may override readline().
            line = self.readline()
            if not isinstance(line, str):
                raise OSError("readline() should have returned a str object, "
                              "not '%s'" % type(line).__name__)
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        """Return the whole text held by the stream."""
        self._check_closed()
        return self._value()

    # -- writing ------------------------------------------------------------

    def write(self, s):
        """Store the string *s* at the current position and return len(s)."""
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        self._check_closed()
        if s:
            self._write(s)
        return len(s)

    def truncate(self, pos=None):
        """Cut the text down to *pos* characters (default: the current
        position) and return the new size; the position does not move."""
        size = self._pos if pos is None else _size(pos)
        self._check_closed()
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._length:
            self._text = self._value()[:size]
            self._length = size
        return size

    # -- positioning --------------------------------------------------------

    def tell(self):
        """Return the current position, in characters."""
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        """Move to *pos* and return the new position.

        whence 0 (SEEK_SET) counts from the start and needs pos >= 0;
        whence 1 (SEEK_CUR) and 2 (SEEK_END) only allow pos == 0.
        """
        pos = _index(pos)
        whence = _index(whence)
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)'
                             % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length
        self._pos = pos
        return pos

    # -- state --------------------------------------------------------------

    def close(self):
        """Discard the text; later operations raise ValueError."""
        self._closed = True
        self._text = ''
        self._pending = []

    @property
    def closed(self):
        return self._closed

    def readable(self):
        """Always True while the stream is open."""
        self._check_closed()
        return True

    def writable(self):
        """Always True while the stream is open."""
        self._check_closed()
        return True

    def seekable(self):
        """Always True while the stream is open."""
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._decoder is None:
            return None
        return self._decoder.newlines

    def __getstate__(self):
        self._check_closed()
        extra = {name: value for name, value in self.__dict__.items()
                 if name not in _STRINGIO_FIELDS}
        return (self._value(), self._readnl, self._pos, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError('%s.__setstate__ argument should be 4-tuple, '
                            'got %s' % (type(self).__name__,
                                        type(state).__name__))
        value, newline, pos, extra = state[:4]
        StringIO.__init__(self, None, newline)
        # The saved value is restored as is, without newline translation.
        self._text = value
        self._length = len(value)
        self._pos = _index(pos)
        if extra:
            self.__dict__.update(extra)


# The instance attributes of StringIO itself (the others are the user's).
_STRINGIO_FIELDS = frozenset([
    '_readnl', '_readuniversal', '_readtranslate', '_writenl', '_decoder',
    '_text', '_pending', '_length', '_pos', '_closed',
])


# ---------------------------------------------------------------------------
# BytesIO
# ---------------------------------------------------------------------------

class BytesIO(BufferedIOBase):
    """An in-memory binary stream.

    BytesIO(initial_bytes=None): the stream starts out holding a copy of
    the bytes-like *initial_bytes*, positioned at its start.
    """

    def __init__(self, initial_bytes=None):
        # The buffer is always the same bytearray, changed in place, so
        # that views returned by getbuffer() stay attached to it.
        self._buffer = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buffer += _bytes_like(initial_bytes)

    def _check_closed(self):
        if self._closed:
            raise ValueError(_CLOSED)

    # -- reading ------------------------------------------------------------

    def read(self, size=-1):
        """Return up to *size* bytes from the current position; all the
        rest when *size* is negative or None.  b'' means end of stream."""
        size = _size(size)
        self._check_closed()
        start = self._pos
        remaining = len(self._buffer) - start
        if remaining <= 0:
            return b''
        if size < 0 or size > remaining:
            size = remaining
        self._pos = start + size
        return bytes(self._buffer[start:start + size])

    def read1(self, size=-1):
        """Same as read(): the data is all in memory."""
        return BytesIO.read(self, size)

    def _readline(self, limit):
        buffer = self._buffer
        start = self._pos
        end = len(buffer)
        if start >= end:
            return b''
        if 0 <= limit < end - start:
            end = start + limit
        nl = buffer.find(b'\n', start, end)
        stop = end if nl < 0 else nl + 1
        self._pos = stop
        return bytes(buffer[start:stop])

    def readline(self, size=-1):
        """Return the next line, b'\\n' included (at most *size* bytes when
        *size* is not negative).  b'' at end of stream."""
        size = _size(size)
        self._check_closed()
        return self._readline(size)

    def readlines(self, hint=None):
        """Return the remaining lines as a list.  A positive *hint* stops
        the reading once the lines total at least *hint* bytes."""
        hint = _size(hint)
        self._check_closed()
        lines = []
        total = 0
        while True:
            line = self._readline(-1)
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, buffer):
        """Copy bytes from the stream into the writable *buffer*; return
        how many were copied (0 at end of stream)."""
        view = _writable_view(buffer, 'readinto() argument')
        try:
            self._check_closed()
            start = self._pos
            n = max(0, min(len(view), len(self._buffer) - start))
            view[:n] = self._buffer[start:start + n]
            self._pos = start + n
        finally:
            _release(buffer, view)
        return n

    def __iter__(self):
        return self

    def __next__(self):
        self._check_closed()
        line = self._readline(-1)
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        """Return all the bytes held by the stream."""
        self._check_closed()
        return bytes(self._buffer)

    def getbuffer(self):
        """Return a writable memoryview of the stream's bytes."""
        self._check_closed()
        return memoryview(self._buffer)

    # -- writing ------------------------------------------------------------

    def write(self, b):
        """Store the bytes-like *b* at the current position; return its
        length."""
        self._check_closed()
        data = _bytes_like(b)
        n = len(data)
        if n:
            buffer = self._buffer
            pos = self._pos
            if pos > len(buffer):
                buffer += bytes(pos - len(buffer))
            buffer[pos:pos + n] = data
            self._pos = pos + n
        return n

    def writelines(self, lines):
        """Write every bytes-like object of the iterable *lines*, with
        BytesIO's own write() (even when a subclass overrides it)."""
        self._check_closed()
        for line in lines:
            BytesIO.write(self, line)

    def truncate(self, size=None):
        """Cut the data down to *size* bytes (default: the current
        position) and return the new size; the position does not move."""
        size = self._pos if size is None else _size(size)
        self._check_closed()
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buffer):
            del self._buffer[size:]
        return size

    # -- positioning --------------------------------------------------------

    def tell(self):
        """Return the current position, in bytes."""
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        """Move *pos* bytes from the start (whence 0, pos >= 0), from the
        current position (1) or from the end (2); return the new position,
        which is never below 0."""
        pos = _index(pos)
        whence = _index(whence)
        self._check_closed()
        if pos < 0 and whence == 0:
            raise ValueError('negative seek value %d' % pos)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buffer)
        elif whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)'
                             % whence)
        self._pos = max(pos, 0)
        return self._pos

    # -- state --------------------------------------------------------------

    def readable(self):
        """Always True while the stream is open."""
        self._check_closed()
        return True

    def writable(self):
        """Always True while the stream is open."""
        self._check_closed()
        return True

    def seekable(self):
        """Always True while the stream is open."""
        self._check_closed()
        return True

    def flush(self):
        """Nothing to flush; only checks that the stream is open."""
        self._check_closed()

    def close(self):
        """Close the stream; later operations raise ValueError."""
        self._closed = True

    @property
    def closed(self):
        """True once close() has been called."""
        return self._closed

    def __getstate__(self):
        self._check_closed()
        extra = {name: value for name, value in self.__dict__.items()
                 if name not in ('_buffer', '_pos', '_closed')}
        return (self.getvalue(), self._pos, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError('%s.__setstate__ argument should be 3-tuple, '
                            'got %s' % (type(self).__name__,
                                        type(state).__name__))
        value, pos, extra = state[:3]
        BytesIO.__init__(self, value)
        self._pos = _index(pos)
        if extra:
            self.__dict__.update(extra)


# ---------------------------------------------------------------------------
# Buffered binary streams over a raw stream
# ---------------------------------------------------------------------------

def _raw_attr(stream, name):
    raw = stream._raw
    if raw is None:
        raise ValueError('raw stream has been detached')
    return getattr(raw, name)


class _BufferedBase(BufferedIOBase):
    """What the buffered classes share: the raw stream and its attributes."""

    def _check_raw(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return _raw_attr(self, 'closed')

    @property
    def name(self):
        return _raw_attr(self, 'name')

    @property
    def mode(self):
        return _raw_attr(self, 'mode')

    def fileno(self):
        return _raw_attr(self, 'fileno')()

    def isatty(self):
        return _raw_attr(self, 'isatty')()

    def readable(self):
        return _raw_attr(self, 'readable')()

    def writable(self):
        return _raw_attr(self, 'writable')()

    def seekable(self):
        return _raw_attr(self, 'seekable')()

    def close(self):
        self._check_raw()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def detach(self):
        self._check_raw()
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def __repr__(self):
        name = type(self).__name__
        try:
            file_name = self.name
        except AttributeError:
            return '<_io.%s>' % name
        return '<_io.%s name=%r>' % (name, file_name)

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)

    def __del__(self, _Exception=Exception):
        # As CPython's IOBase finalizer: a dropped stream is closed.  (The
        # default argument keeps Exception reachable during shutdown.)
        try:
            if self._raw is not None and not self._raw.closed:
                self.close()
        except _Exception:
            pass


def _check_buffer_size(buffer_size):
    buffer_size = _index(buffer_size)
    if buffer_size <= 0:
        raise ValueError('buffer size must be strictly positive')
    return buffer_size


class BufferedReader(_BufferedBase):
    """A buffer over a readable raw stream: BufferedReader(raw,
    buffer_size=DEFAULT_BUFFER_SIZE)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        self._raw = raw
        self._buffer_size = _check_buffer_size(buffer_size)
        self._rbuf = b''
        self._rpos = 0

    def _check_open(self, what='read'):
        self._check_raw()
        if self._raw.closed:
            raise ValueError('%s of closed file' % what)

    def _pending(self):
        return len(self._rbuf) - self._rpos

    def _drop_read_buffer(self):
        self._rbuf = b''
        self._rpos = 0

    def _fill(self, size=None):
        """One raw read appended to the buffer; its length, or None."""
        data = self._raw.read(self._buffer_size if size is None else size)
        if data is None:
            return None
        if data:
            self._rbuf = self._rbuf[self._rpos:] + bytes(data)
            self._rpos = 0
        return len(data)

    def _take(self, size):
        start = self._rpos
        self._rpos = min(start + size, len(self._rbuf))
        return self._rbuf[start:self._rpos]

    def read(self, size=-1):
        """Read up to *size* bytes; with no size, until end of file."""
        size = _size(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._check_open()
        if size < 0:
            parts = [self._take(self._pending())]
            self._drop_read_buffer()
            readall = getattr(self._raw, 'readall', None)
            if readall is not None:
                data = readall()
                if data:
                    parts.append(bytes(data))
            else:
                while True:
                    data = self._raw.read(self._buffer_size)
                    if not data:
                        break
                    parts.append(bytes(data))
            return b''.join(parts)
        if size <= self._pending():
            return self._take(size)
        # As CPython: what is buffered, then whole blocks straight from the
        # raw stream, then the rest through the buffer.
        parts = [self._take(self._pending())]
        self._drop_read_buffer()
        remaining = size - len(parts[0])
        block = remaining - remaining % self._buffer_size
        while block > 0:
            data = self._raw.read(block)
            if not data:
                return b''.join(parts)
            parts.append(bytes(data))
            remaining -= len(data)
            block = remaining - remaining % self._buffer_size
        while remaining > 0:
            if not self._fill():
                break
            piece = self._take(remaining)
            parts.append(piece)
            remaining -= len(piece)
        return b''.join(parts)

    def read1(self, size=-1):
        """Read up to *size* bytes with at most one raw read."""
        size = _size(size)
        self._check_open()
        if size < 0:
            size = self._buffer_size
        if size == 0:
            return b''
        if not self._pending():
            self._fill(max(self._buffer_size, size))
        return self._take(size)

    def peek(self, size=0):
        """Return buffered bytes without advancing (at least one unless at
        end of file)."""
        self._check_open('peek')
        if not self._pending():
            self._fill()
        return self._rbuf[self._rpos:]

    def tell(self):
        self._check_raw()
        return max(self._raw.tell() - self._pending(), 0)

    def writable(self):
        self._check_raw()
        return False

    def seek(self, pos, whence=0):
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        self._check_open('seek')
        if whence == 1:
            pos -= self._pending()
        self.flush()
        result = self._raw.seek(pos, whence)
        self._drop_read_buffer()
        return result

    def truncate(self, pos=None):
        self._check_open('truncate')
        if pos is None:
            pos = self.tell()
        self.flush()
        self._raw.seek(self.tell())
        self._drop_read_buffer()
        return self._raw.truncate(pos)


class BufferedWriter(_BufferedBase):
    """A buffer over a writable raw stream: BufferedWriter(raw,
    buffer_size=DEFAULT_BUFFER_SIZE)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        self._raw = raw
        self._buffer_size = _check_buffer_size(buffer_size)
        self._wbuf = bytearray()

    def write(self, b):
        """Buffer the bytes-like *b*; return its length."""
        data = _bytes_like(b)
        self._check_raw()
        if self._raw.closed:
            raise ValueError('write to closed file')
        self._before_write()
        if len(self._wbuf) + len(data) <= self._buffer_size:
            self._wbuf += data
        else:
            # As CPython: what was buffered goes out first; data longer than
            # the buffer is written straight through.
            self._flush_unlocked()
            if len(data) > self._buffer_size:
                self._wbuf += data
                self._flush_unlocked()
            else:
                self._wbuf += data
        return len(data)

    def _before_write(self):
        pass

    def readable(self):
        self._check_raw()
        return False

    def _flush_unlocked(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without '
                                      'blocking', 0)
            del self._wbuf[:n]

    def flush(self):
        self._check_raw()
        if self._raw.closed:
            raise ValueError('flush of closed file')
        self._flush_unlocked()
        self._raw.flush()

    def tell(self):
        self._check_raw()
        return self._raw.tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        self._check_raw()
        self._flush_unlocked()
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_raw()
        self.flush()
        if pos is None:
            pos = self._raw.tell()
        return self._raw.truncate(pos)


class BufferedRandom(BufferedWriter, BufferedReader):
    """A buffer over a raw stream that is read and written:
    BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')
        BufferedReader.__init__(self, raw, buffer_size)
        BufferedWriter.__init__(self, raw, buffer_size)

    def _before_write(self):
        # Writing goes where reading had got to, not to the end of what
        # the read buffer fetched.
        if self._pending():
            self._raw.seek(-self._pending(), 1)
        self._drop_read_buffer()

    def _before_read(self):
        self._flush_unlocked()

    def readable(self):
        return _raw_attr(self, 'readable')()

    def writable(self):
        return _raw_attr(self, 'writable')()

    def read(self, size=-1):
        self._before_read()
        return BufferedReader.read(self, size)

    def read1(self, size=-1):
        self._before_read()
        return BufferedReader.read1(self, size)

    def peek(self, size=0):
        self._before_read()
        return BufferedReader.peek(self, size)

    def tell(self):
        if self._wbuf:
            return BufferedWriter.tell(self)
        return BufferedReader.tell(self)

    def seek(self, pos, whence=0):
        self._flush_unlocked()
        return BufferedReader.seek(self, pos, whence)

    def truncate(self, pos=None):
        return BufferedWriter.truncate(self, pos)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream:
    BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


# ---------------------------------------------------------------------------
# TextIOWrapper: a text stream over a binary buffer
# ---------------------------------------------------------------------------

def _incomplete_tail(data, encoding):
    """How many bytes at the end of *data* may start a character that the
    next chunk completes (for the encodings that need it)."""
    if encoding in ('utf-8', 'utf8', 'utf_8', 'u8'):
        for back in range(1, min(4, len(data)) + 1):
            byte = data[-back]
            if byte & 0xC0 == 0x80:
                continue                # a continuation byte: look further
            if byte >= 0xC0:
                need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                return back if need > back else 0
            return 0
        return 0
    if encoding.startswith(('utf-16', 'utf_16')):
        return len(data) % 2
    if encoding.startswith(('utf-32', 'utf_32')):
        return len(data) % 4
    return 0


class TextIOWrapper(TextIOBase):
    """A text stream over a buffered binary stream:

        TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
                      line_buffering=False, write_through=False)

    Text read is decoded with *encoding* (UTF-8 by default) and *errors*;
    *newline* selects the line endings as for open().  The interpreter's
    own text files (what open() returns in text mode) are instances too.
    """

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str "
                            "or None, not %s" % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str "
                            "or None, not %s" % type(errors).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str "
                            "or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)         # LookupError for an unknown encoding
        if not hasattr(buffer, 'readable') and not hasattr(buffer, 'read'):
            raise AttributeError("'%s' object has no attribute 'readable'"
                                 % type(buffer).__name__)
        self._buffer = buffer
        self._pending_writes = []
        self._pending_size = 0
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._codec = encoding.lower().replace('_', '-')
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._has_read1 = hasattr(buffer, 'read1')
        self._started_writing = False
        self._reset_reading()

    def _set_newline(self, newline):
        self._readnl = newline
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline in ('\r', '\r\n') else None

    def _reset_reading(self):
        # Decoded text not yet returned is _text[_tpos:]; bytes that do not
        # yet make a whole character wait in _undecoded.
        self._text = ''
        self._tpos = 0
        self._undecoded = b''
        self._eof = False
        self._decoder = (IncrementalNewlineDecoder(None, False)
                         if self._universal else None)
        self._seennl = getattr(self, '_seennl', 0)

    # -- attributes ---------------------------------------------------------

    def _check_attached(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')

    def _check_closed(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError(_CLOSED)

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        if self._decoder is None:
            return None
        return self._decoder.newlines

    @property
    def closed(self):
        self._check_attached()
        return self._buffer.closed

    @property
    def name(self):
        self._check_attached()
        return self._buffer.name

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    def isatty(self):
        self._check_attached()
        return self._buffer.isatty()

    def _ask(self, name, mode_chars):
        self._check_attached()
        method = getattr(self._buffer, name, None)
        if method is not None:
            return method()
        # The interpreter's binary files answer through their mode.
        mode = getattr(self._buffer, 'mode', '')
        return mode_chars is None or any(c in mode for c in mode_chars)

    def readable(self):
        return self._ask('readable', 'r+')

    def writable(self):
        return self._ask('writable', 'wax+')

    def seekable(self):
        return self._ask('seekable', None)

    def __repr__(self):
        if self._buffer is None:
            return "<_io.TextIOWrapper encoding=%r>" % (self._encoding,)
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append('name=%r' % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append('mode=%r' % (self.mode,))
        except AttributeError:
            pass
        parts.append('encoding=%r>' % (self._encoding,))
        return ' '.join(parts)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Change the encoding, errors, newline or buffering settings."""
        self._check_attached()
        if encoding is not None:
            ''.encode(encoding)
            self._encoding = encoding
            self._codec = encoding.lower().replace('_', '-')
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        self.flush()
        if newline is not Ellipsis:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError('illegal newline value: %s' % (newline,))
            self._set_newline(newline)
            self._decoder = (IncrementalNewlineDecoder(None, False)
                             if self._universal else None)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # -- reading ------------------------------------------------------------

    def _decode(self, data, final):
        data = self._undecoded + data
        keep = 0 if final else _incomplete_tail(data, self._codec)
        if keep:
            self._undecoded = data[-keep:]
            data = data[:-keep]
        else:
            self._undecoded = b''
        text = data.decode(self._encoding, self._errors)
        if self._decoder is not None:
            text = self._decoder.decode(text, final)
        return text

    def _fill(self):
        """Decode one more chunk of the buffer; False at end of file."""
        if self._eof:
            return False
        if self._has_read1:
            data = self._buffer.read1(self._CHUNK_SIZE)
        else:
            data = self._buffer.read(self._CHUNK_SIZE)
        if data is None:
            data = b''
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("underlying %s() should have returned a bytes-like "
                            "object, not '%s'"
                            % ('read1' if self._has_read1 else 'read',
                               type(data).__name__))
        final = not data
        text = self._decode(bytes(data), final)
        if final:
            self._eof = True
        if self._tpos:
            self._text = self._text[self._tpos:]
            self._tpos = 0
        self._text += text
        return not final

    def _line_end(self):
        """Index just past the next line ending in _text, or -1."""
        text = self._text
        start = self._tpos
        if self._universal:
            lf = text.find('\n', start)
            cr = text.find('\r', start, lf if lf >= 0 else len(text))
            if cr < 0:
                return lf + 1 if lf >= 0 else -1
            if cr + 1 < len(text):
                return cr + 2 if text[cr + 1] == '\n' else cr + 1
            return cr + 1 if self._eof else -1
        i = text.find(self._readnl, start)
        return i + len(self._readnl) if i >= 0 else -1

    def _available(self):
        """How many characters can be returned from what is decoded."""
        n = len(self._text) - self._tpos
        if self._translate:
            n -= self._text.count('\r\n', self._tpos)
        return n

    def _consume(self, end, size=-1):
        """Return the text up to index *end*, or its first *size*
        characters (after newline translation)."""
        text = self._text
        start = self._tpos
        if size >= 0:
            stop = min(end, start + size)
            if self._translate:
                while True:
                    if start < stop < end and text[stop - 1] == '\r' \
                            and text[stop] == '\n':
                        stop += 1
                    short = size - (stop - start - text.count('\r\n', start, stop))
                    if short <= 0 or stop >= end:
                        break
                    stop = min(end, stop + short)
            end = stop
        self._tpos = end
        piece = text[start:end]
        if self._translate and '\r' in piece:
            piece = piece.replace('\r\n', '\n').replace('\r', '\n')
        return piece

    def read(self, size=-1):
        """Read at most *size* characters; all the rest with no size."""
        self._check_closed()
        size = _size(size)
        if not self.readable():
            raise UnsupportedOperation('not readable')
        self._flush_writes()
        if size < 0:
            rest = self._buffer.read()
            if rest is None:
                rest = b''
            if self._tpos:
                self._text = self._text[self._tpos:]
                self._tpos = 0
            self._text += self._decode(bytes(rest), True)
            self._eof = True
            return self._consume(len(self._text))
        while self._available() < size and self._fill():
            pass
        return self._consume(len(self._text), size)

    def readline(self, size=-1):
        """Read until the end of the line (or *size* characters)."""
        self._check_closed()
        size = _index(size)
        if not self.readable():
            raise UnsupportedOperation('not readable')
        self._flush_writes()
        while True:
            end = self._line_end()
            if end >= 0:
                break
            if size >= 0 and self._available() >= size:
                end = len(self._text)
                break
            if not self._fill():
                end = len(self._text)
                break
        return self._consume(end, size)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing ------------------------------------------------------------

    def _encode(self, text):
        data = text.encode(self._encoding, self._errors)
        if self._started_writing and self._codec in ('utf-16', 'utf-32'):
            data = data[2 if self._codec == 'utf-16' else 4:]   # no second BOM
        self._started_writing = True
        return data

    def write(self, s):
        """Write the str *s*; return its length."""
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s'
                            % type(s).__name__)
        length = len(s)
        text = s
        if self._writenl is not None and '\n' in text:
            text = text.replace('\n', self._writenl)
        # As CPython: text read ahead is dropped, and writing happens at
        # the buffer's position.
        if self._tpos < len(self._text) or self._undecoded:
            self._reset_reading()
        data = self._encode(text)
        self._pending_writes.append(data)
        self._pending_size += len(data)
        line_end = self._line_buffering and ('\n' in s or '\r' in s)
        if self._pending_size > self._CHUNK_SIZE or self._write_through \
                or line_end:
            self._flush_writes()
        if line_end:
            self._buffer.flush()
        return length

    def _flush_writes(self):
        if self._pending_writes:
            data = b''.join(self._pending_writes)
            self._pending_writes = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check_closed()
        self._flush_writes()
        self._buffer.flush()

    def close(self):
        self._check_attached()
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._check_attached()
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    # -- positioning --------------------------------------------------------

    def tell(self):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        self.flush()
        pos = self._buffer.tell()
        pending = self._text[self._tpos:]
        if self._decoder is not None and self._decoder.pendingcr:
            pending += '\r'
        if pending:
            data = pending.encode(self._encoding, self._errors)
            if self._codec in ('utf-16', 'utf-32'):
                data = data[2 if self._codec == 'utf-16' else 4:]
            pos -= len(data)
        return pos - len(self._undecoded)

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_reading()
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)'
                             % (whence,))
        cookie = _index(cookie)
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._reset_reading()
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def __getstate__(self):
        raise TypeError("cannot pickle 'TextIOWrapper' object")

    def __del__(self, _Exception=Exception):
        # As CPython's IOBase finalizer: a dropped stream is closed.  (The
        # default argument keeps Exception reachable during shutdown.)
        try:
            if self._buffer is not None and not self._buffer.closed:
                self.close()
        except _Exception:
            pass


_NATIVE_NAMES.update({
    IOBase: ('TextIOWrapper', 'BufferedReader', 'BufferedWriter',
             'BufferedRandom', 'FileIO'),
    TextIOBase: ('TextIOWrapper',),
    BufferedIOBase: ('BufferedReader', 'BufferedWriter', 'BufferedRandom'),
    RawIOBase: ('FileIO',),
    TextIOWrapper: ('TextIOWrapper',),
    BufferedReader: ('BufferedReader',),
    BufferedWriter: ('BufferedWriter',),
    BufferedRandom: ('BufferedRandom',),
})

# As CPython, the concrete classes report the module _io.
for _cls in (StringIO, BytesIO, TextIOWrapper, BufferedReader, BufferedWriter,
             BufferedRandom, BufferedRWPair, IncrementalNewlineDecoder):
    _cls.__module__ = '_io'
del _cls
