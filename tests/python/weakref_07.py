# TypeError for objects that do not support weak references
import weakref

class Slots:
    __slots__ = ('a',)
class SlotsWeak:
    __slots__ = ('a', '__weakref__')
class IntSub(int):
    pass
class DictSub(dict):
    pass
class TupleSub(tuple):
    pass

def try_ref(label, obj):
    try:
        r = weakref.ref(obj)
        print(label, 'ok', r() is obj)
    except TypeError as e:
        print(label, type(e).__name__, e)

try_ref('int', 1)
try_ref('str', 'text')
try_ref('bytes', b'b')
try_ref('list', [1])
try_ref('dict', {})
try_ref('tuple', (1,))
try_ref('None', None)
try_ref('float', 1.5)
try_ref('object()', object())
try_ref('Slots', Slots())
try_ref('SlotsWeak', SlotsWeak())
try_ref('IntSub', IntSub(3))
try_ref('DictSub', DictSub())
try_ref('TupleSub', TupleSub())
try_ref('type', int)
try_ref('function', try_ref)
try_ref('lambda', lambda: 1)
try_ref('set', {1})
try_ref('module', weakref)
try_ref('generator', (x for x in ()))

for maker in (weakref.proxy, weakref.WeakSet().add):
    try:
        maker([])
    except TypeError as e:
        print(maker.__name__ if hasattr(maker, '__name__') else maker, type(e).__name__, e)
try:
    weakref.WeakValueDictionary()['k'] = 'v'
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakKeyDictionary()[1] = 'v'
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(SlotsWeak(), 'not callable', 3)
except TypeError as e:
    print(type(e).__name__, e)
