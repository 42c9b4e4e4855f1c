# Subclassing StringIO and BytesIO.
import io


class LineNumbered(io.StringIO):
    """A StringIO that numbers each line written to it."""

    def __init__(self):
        super().__init__()
        self.lineno = 0
        self.at_line_start = True

    def write(self, s):
        out = []
        for ch in s:
            if self.at_line_start:
                self.lineno += 1
                out.append('%3d: ' % self.lineno)
            out.append(ch)
            self.at_line_start = ch == '\n'
        super().write(''.join(out))
        return len(s)


ln = LineNumbered()
print('first line', file=ln)
print('second\nthird', file=ln)
ln.write('no newline yet...')
ln.write(' done\n')
print(ln.getvalue(), end='')
print(ln.lineno, isinstance(ln, io.StringIO), isinstance(ln, io.TextIOBase))


class Lines(io.StringIO):
    """Iteration goes through an overridden readline()."""

    def readline(self, size=-1):
        line = super().readline(size)
        return line.upper()


print(list(Lines('abc\ndef\n')))


class Broken(io.StringIO):
    def readline(self, size=-1):
        return 42


try:
    next(Broken('x\n'))
except OSError as e:
    print('OSError', e)


class Recorder(io.BytesIO):
    """A BytesIO remembering the size of every write."""

    def __init__(self, *args):
        super().__init__(*args)
        self.sizes = []

    def write(self, b):
        n = super().write(b)
        self.sizes.append(n)
        return n


rec = Recorder(b'xyz')
rec.seek(0, io.SEEK_END)
rec.write(b'12')
rec.writelines([b'a', b'bc', b''])
print(rec.getvalue(), rec.sizes, rec.tell())
with rec:
    rec.seek(1)
    print(rec.read(3))
print(rec.closed)

# state of a StringIO (used by pickle and copy)
s = io.StringIO('some\ntext')
s.seek(5)
s.note = 'extra'
state = s.__getstate__()
print(state)
t = io.StringIO()
t.__setstate__(state)
print(repr(t.getvalue()), t.tell(), t.note, repr(t.read()))
b = io.BytesIO(b'bin')
b.read(1)
print(b.__getstate__())
