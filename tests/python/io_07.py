# Capturing output and parsing text with StringIO.
import io
import sys


def capture(func, *args):
    """Run func with sys.stdout redirected; return what it printed."""
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        func(*args)
    finally:
        sys.stdout = saved
    return buf.getvalue()


def fizzbuzz(n):
    for i in range(1, n + 1):
        print('Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0) or i)


text = capture(fizzbuzz, 15)
print(repr(text[:30]))
print(text.count('\n'), 'lines;', text.splitlines()[-1])


def failing():
    print('before the error')
    raise RuntimeError('inner failure')


try:
    capture(failing)
except RuntimeError as e:
    print('restored stdout after', repr(str(e)))
print('stdout is sys.__stdout__:', sys.stdout is sys.__stdout__)

# parse a small CSV-like document line by line
CSV = """id,name,score
1,ann,91
2,bob,78

3,cy,85
"""
records = []
reader = io.StringIO(CSV)
header = reader.readline().rstrip('\n').split(',')
for line in reader:
    line = line.strip()
    if not line:
        continue
    records.append(dict(zip(header, line.split(','))))
for rec in records:
    print(rec['id'], rec['name'].title(), int(rec['score']))
print('average', sum(int(r['score']) for r in records) / len(records))

# a writer that emits both to a log buffer and to a summary
log = io.StringIO()
summary = io.StringIO()
for rec in records:
    log.write('%(name)s scored %(score)s\n' % rec)
    if int(rec['score']) > 80:
        summary.write(rec['name'] + ' ')
print(log.getvalue(), end='')
print('high scorers:', summary.getvalue().split())

# rewriting in place: seek back and overwrite a fixed-width field
form = io.StringIO()
form.write('status: PENDING\n')
form.write('items: 0000\n')
form.seek(len('status: '))
form.write('DONE   ')
form.seek(0, io.SEEK_END)
pos = form.tell()
form.write('end\n')
print(repr(form.getvalue()), pos)

# word frequencies from a stream
story = io.StringIO('the cat sat on the mat\nthe dog sat too\n')
counts = {}
for line in story:
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
