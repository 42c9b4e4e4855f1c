# WeakValueDictionary behaviour as values die
import weakref
import gc

class Image:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return 'Image(%s)' % self.key

cache = weakref.WeakValueDictionary()
a = Image('a')
b = Image('b')
c = Image('c')
cache['a'] = a
cache['b'] = b
cache['c'] = c
print(len(cache), sorted(cache.keys()))
print(cache['a'], cache.get('b'), 'c' in cache)
del b
print(len(cache), sorted(cache), 'b' in cache, cache.get('b'), cache.get('b', 'default'))
try:
    cache['b']
except KeyError as e:
    print(type(e).__name__, e)

# replacing a value
a2 = Image('a2')
cache['a'] = a2
del a
print(cache['a'])

# iteration yields only live values
print(sorted(repr(v) for v in cache.values()))
print(sorted((k, repr(v)) for k, v in cache.items()))
print(len(cache.valuerefs()))

# setdefault, pop, popitem, update
d = Image('d')
print(cache.setdefault('d', d) is d, cache.setdefault('d', Image('x')) is d)
print(cache.pop('d') is d, 'd' in cache)
print(cache.pop('zz', 'none'))
cache.update({'e': d})
print(sorted(cache))
k, v = cache.popitem()
print(type(k).__name__, v is not None, len(cache))
del c, a2
gc.collect()
print(len(cache), dict(cache))

# values that are not weakly referenceable are rejected
try:
    cache['n'] = 5
except TypeError as e:
    print(type(e).__name__, e)

# a lookup cache pattern
class Registry:
    def __init__(self):
        self._live = weakref.WeakValueDictionary()
        self.created = 0
    def get(self, key):
        obj = self._live.get(key)
        if obj is None:
            obj = Image(key)
            self._live[key] = obj
            self.created += 1
        return obj

reg = Registry()
x1 = reg.get('x')
x2 = reg.get('x')
print(x1 is x2, reg.created)
del x1, x2
x3 = reg.get('x')
print(reg.created)
copy = cache.copy()
print(type(copy).__name__)
