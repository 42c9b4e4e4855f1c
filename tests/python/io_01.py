# StringIO as an in-memory text buffer: building a report, reading it back.
import io


def render_table(rows, out):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [str(c).ljust(w) for c, w in zip(row, widths)]
        out.write(' | '.join(cells).rstrip() + '\n')
    return out


rows = [('name', 'qty', 'price'), ('apple', 3, 1.25), ('kiwi', 12, 0.5),
        ('watermelon', 1, 4.0)]
buf = render_table(rows, io.StringIO())
text = buf.getvalue()
print(text, end='')
print('length', len(text), 'tell', buf.tell())

# print() writes into any object with a write() method
out = io.StringIO()
print('total:', sum(r[1] for r in rows[1:]), file=out)
print('a', 'b', 'c', sep='-', end='!\n', file=out)
print(file=out)
print(repr(out.getvalue()))

# reading back in pieces
buf.seek(0)
print(repr(buf.read(4)), buf.tell())
print(repr(buf.readline()))
print(repr(buf.readline(5)), repr(buf.readline()))
print(buf.readlines())
print(repr(buf.read()), repr(buf.readline()), buf.tell())

# initial value: position starts at 0, writes overwrite
s = io.StringIO('hello world')
print(s.tell(), s.read(5), s.tell())
s.write(', big')
print(repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
s.write('!')
print(repr(s.getvalue()))
print(s.seek(0), s.read(0) == '', s.seek(3, io.SEEK_SET))
print(repr(s.read(None)), repr(s.read(-1)))

# iteration and line counting
doc = io.StringIO('first line\nsecond line\n\nfourth, no newline')
for number, line in enumerate(doc, 1):
    print(number, repr(line))
print(list(doc))

# write returns the number of characters, writelines writes each item
w = io.StringIO()
print(w.write('abc'), w.write(''), w.writelines(['x', 'y', 'z']))
print(w.getvalue(), w.tell())

# writing past the end pads with NUL characters
p = io.StringIO('ab')
p.seek(5)
print(repr(p.read()), p.write('Z'), repr(p.getvalue()), p.tell())

# truncate keeps the position
t = io.StringIO('0123456789')
t.seek(7)
print(t.truncate(4), repr(t.getvalue()), t.tell())
print(t.truncate(), repr(t.getvalue()))
t.seek(0)
print(t.truncate(), repr(t.getvalue()), repr(t.read()))

# context manager closes the buffer
with io.StringIO('managed') as m:
    print(m.read(), m.closed)
print(m.closed)
print(io.StringIO(None).getvalue() == '', io.StringIO().readable(),
      io.StringIO().writable(), io.StringIO().seekable(), io.StringIO().isatty())
