# array: creating arrays of every type code, repr, indexing, iteration.
from array import array, typecodes, ArrayType
import array as array_module

print(typecodes, ArrayType is array, array_module.array is array)
samples = {
    'b': [-128, 0, 127], 'B': [0, 128, 255], 'u': 'héllo',
    'h': [-32768, 5, 32767], 'H': [0, 65535], 'i': [-2 ** 31, 2 ** 31 - 1],
    'I': [0, 2 ** 32 - 1], 'l': [-2 ** 63, 2 ** 63 - 1], 'L': [2 ** 64 - 1],
    'q': [-2 ** 63, 1], 'Q': [2 ** 64 - 1, 0], 'f': [0.1, -2.5, 1e10],
    'd': [0.1, -2.5, 1e300],
}
for code in typecodes:
    a = array(code, samples[code])
    print(code, a.typecode, a.itemsize, len(a), repr(a))
    print('   ', a.tolist() if code != 'u' else a.tounicode(), a[0], a[-1])

# empty arrays and the different initializers
print(array('i'), array('d', []), array('u'), array('u', ''))
print(array('i', (1, 2, 3)), array('i', range(4)), array('h', iter([7, 8])))
print(array('b', b'\x01\xff'), array('B', bytearray(b'AB')),
      array('h', b'\x01\x00\x00\x01'))
print(array('d', array('i', [1, 2])), array('i', array('i', [5])))
print(array('f', (x / 4 for x in range(5))))
print(array('q', {3: 'a', 1: 'b'}), array('i', [True, False]))


class Number:
    def __index__(self):
        return 11


print(array('i', [Number()]), array('d', [Number(), 2]), array('f', [3]))

# iteration, membership, truth
a = array('i', [10, 20, 30, 20])
for i, x in enumerate(a):
    print(i, x, end='; ')
print()
print(20 in a, 25 in a, 20.0 in a, 'x' in a, bool(array('i')), bool(a))
print(list(reversed(a)), sorted(a), sum(a), min(a), max(a))
print(a[1], a[-1], a[-4], str(a) == repr(a))
for bad in (4, -5, 100):
    try:
        a[bad]
    except IndexError as e:
        print('IndexError', e)
try:
    a['1']
except TypeError as e:
    print('TypeError', e)
print(str(array('d', [1.5])), repr(array('f', [0.1])), repr(array('u', 'it\'s')))
