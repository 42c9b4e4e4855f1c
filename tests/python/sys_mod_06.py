# sys.stdout / sys.stderr write, flush and reassignment
import sys

n = sys.stdout.write('hello\n')
print('write returned', n)
n = sys.stdout.write('')
print('empty write returned', n)
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')

cap = Capture()
old = sys.stdout
sys.stdout = cap
print('captured', 1, 2, sep='-')
print('no newline', end='')
print('flushed', flush=True)
sys.stdout = old
print(cap.parts)

err = Capture()
sys.stderr = err
print('to err', file=sys.stderr)
sys.stderr.write('raw err\n')
sys.stderr = sys.__stderr__
print(err.parts)

# print(file=...) writes to that object regardless of sys.stdout
other = Capture()
print('direct', file=other)
print(other.parts)

# writing non-str is an error
try:
    sys.stdout.write(42)
except TypeError as e:
    print(type(e).__name__, e)

# print to stderr keeps ordering after flushing stdout
sys.stdout.flush()
sys.stderr.write('stderr line\n')
sys.stderr.flush()
print('done')
