# gc.is_tracked for common types
import gc

def show(label, obj):
    print(label, gc.is_tracked(obj))

show('int', 42)
show('big int', 10**50)
show('float', 3.5)
show('str', 'text')
show('bytes', b'raw')
show('None', None)
show('True', True)
show('list', [])
show('list of ints', [1, 2, 3])
show('set', set())
show('empty dict', {})
show('dict of atoms', {'a': 1, 'b': 'x'})
show('dict holding list', {'a': []})
show('function', show)
show('lambda', lambda: 0)

class Plain:
    pass
show('user class', Plain)
show('instance', Plain())

class Slotted:
    __slots__ = ('v',)
show('slotted instance', Slotted())

d = {}
show('dict before', d)
d['k'] = [1]
show('dict after', d)

import sys
show('module', sys)
show('bytearray', bytearray(b'x'))
show('frozenset', frozenset())
show('range', range(3))
