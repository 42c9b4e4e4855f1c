# weak reference callbacks: arguments, order, and when they run
import weakref

log = []
class Obj:
    def __init__(self, name):
        self.name = name

o = Obj('o')
def make_cb(tag):
    def cb(ref):
        log.append((tag, ref() is None, type(ref).__name__))
    return cb

r1 = weakref.ref(o, make_cb('first'))
r2 = weakref.ref(o, make_cb('second'))
r3 = weakref.ref(o, make_cb('third'))
plain = weakref.ref(o)
print(log)
del o
print(log)

# the callback receives the very ref object that was created
seen = []
p = Obj('p')
rp = weakref.ref(p, seen.append)
del p
print(seen[0] is rp)

# a ref that dies first never calls its callback
q = Obj('q')
calls = []
rq = weakref.ref(q, lambda ref: calls.append('called'))
del rq
del q
print(calls)

# callbacks run when the last strong reference goes away, not before
holder = [Obj('h')]
alias = holder[0]
events = []
rh = weakref.ref(alias, lambda ref: events.append('dead'))
holder.clear()
print('after clear', events)
del alias
print('after del alias', events)

# an exception in a callback is reported but does not stop the program
class Boom:
    pass
b = Boom()
def bad_cb(ref):
    raise ValueError('callback failed')
rb = weakref.ref(b, bad_cb)
import sys
class Sink:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s
    def flush(self):
        pass
sink = Sink()
old = sys.stderr
sys.stderr = sink
del b
sys.stderr = old
print('still running', 'ValueError: callback failed' in sink.text)

# objects dying together: callbacks for each
names = []
group = [Obj(str(i)) for i in range(4)]
refs = [weakref.ref(g, lambda r, i=i: names.append(i)) for i, g in enumerate(group)]
for i in (2, 0, 3, 1):
    group[i] = None
print(names)
