# WeakKeyDictionary and WeakSet as objects die
import weakref

class Key:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Key(%d)' % self.n

k1, k2, k3 = Key(1), Key(2), Key(3)
meta = weakref.WeakKeyDictionary()
meta[k1] = 'one'
meta[k2] = 'two'
meta[k3] = 'three'
print(len(meta), meta[k1], k2 in meta, meta.get(k3))
del k2
print(len(meta), sorted(meta.values()))
print(sorted(repr(k) for k in meta.keys()))
print(sorted((repr(k), v) for k, v in meta.items()))
meta[k1] = 'uno'
print(meta[k1], len(meta))
print(meta.pop(k3), len(meta))
print(meta.setdefault(k1, 'x'), meta.setdefault(Key(9), 'temp'), len(meta))
try:
    meta['string key'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    meta[Key(7)]
except KeyError as e:
    print(type(e).__name__)
print(5 in meta)
del meta[k1]
print(len(meta))

# keys compare by equality, like a normal dict
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(1, 2)
wk = weakref.WeakKeyDictionary({p: 'first'})
same = Point(1, 2)
print(wk[same])
wk[same] = 'second'
print(len(wk), wk[p])

print('--- WeakSet')
items = [Key(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, Key(0) in ws)
del items[1:3]
print(len(ws), sorted(k.n for k in ws))
extra = Key(10)
ws.add(extra)
ws.add(extra)
print(len(ws))
ws.discard(items[0])
print(len(ws), items[0] in ws)
ws.remove(extra)
try:
    ws.remove(extra)
except KeyError as e:
    print(type(e).__name__)
other = weakref.WeakSet([items[-1]])
print(other <= ws, ws >= other, len(ws | other), len(ws - other), len(ws & other))
try:
    ws.add(3)
except TypeError as e:
    print(type(e).__name__, e)
items.clear()
print(len(ws), len(other), list(ws))
print(bool(weakref.WeakSet()), 1 in weakref.WeakSet())
