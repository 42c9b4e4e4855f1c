# io.TextIOWrapper writing: encoding, newline translation, buffering of the
# encoded text until flush/close, line_buffering and write_through, detach
import io

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='utf-8')
print(w.write('héllo\n'), w.write('wörld'))
print('before flush:', out.getvalue())
w.flush()
print('after flush:', out.getvalue())
print(w.tell())

out = io.BytesIO()
w = io.TextIOWrapper(out, newline='\r\n')
w.write('line one\nline two\n')
w.flush()
print(out.getvalue())

out = io.BytesIO()
w = io.TextIOWrapper(out, line_buffering=True)
w.write('partial')
print(out.getvalue())
w.write(' line\n')
print(out.getvalue())

out = io.BytesIO()
w = io.TextIOWrapper(out, write_through=True)
w.write('at once')
print(out.getvalue())

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='utf-16')
w.write('ab')
w.write('c')
w.flush()
print(out.getvalue())

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='ascii', errors='xmlcharrefreplace')
w.write('price: 5€\n')
print(w.detach() is out, out.getvalue())
try:
    w.write('more')
except ValueError as e:
    print(type(e).__name__, e)

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='ascii')
try:
    w.write('ü')
except UnicodeEncodeError as e:
    print(type(e).__name__)
try:
    w.write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)

# print() into a wrapper, then closing it closes the buffer as well.
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='utf-8')
print('total', 3, sep='=', file=w)
print(*['a', 'b'], file=w)
w.close()
print(w.closed, out.closed)
try:
    out.getvalue()
except ValueError as e:
    print(type(e).__name__, e)

# Read and write on one wrapper.
rw = io.TextIOWrapper(io.BytesIO(b'first\n'), encoding='utf-8')
print(repr(rw.readline()))
rw.write('appended\n')
rw.seek(0)
print(rw.read().splitlines())

for kwargs in ({'encoding': 'no-such-codec'}, {'newline': 'x'}, {'errors': 5}, {'newline': 5}):
    try:
        io.TextIOWrapper(io.BytesIO(), **kwargs)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
