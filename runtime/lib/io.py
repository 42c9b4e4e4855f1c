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
from builtins import open

__all__ = [
    'BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase',
    'BytesIO', 'StringIO', 'BufferedIOBase', 'TextIOBase', 'TextIOWrapper',
    'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
    'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder',
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8 * 1024

BlockingIOError = BlockingIOError

# The interpreter's text file type (what open() returns in text mode).
TextIOWrapper = type(sys.__stdout__)


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

class IOBase:
    """The abstract base class for all I/O classes.

    Subclasses override the methods they support; the others raise
    UnsupportedOperation.  IOBase provides iteration over lines, readline()
    and readlines() on top of read(), writelines() on top of write(), and
    the context manager protocol (which closes the stream).
    """

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
