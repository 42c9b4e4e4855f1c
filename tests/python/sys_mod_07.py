# version_info comparisons, maxsize, intern
import sys

v = sys.version_info
print(v.major, v[0] == v.major, v.minor == v[1])
print(v >= (3,), v >= (3, 0), v < (4,), v > (2, 7, 18))
print(v[:1] == (3,), len(v))
print(isinstance(v, tuple), type(v.micro).__name__)
print(v.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
major, minor, *rest = v
print(major, len(rest))
print(sys.hexversion >> 24)
print(isinstance(sys.version, str), sys.version.startswith('%d.%d' % (v.major, v.minor)))
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__)

print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(type(sys.maxsize).__name__)
print(-sys.maxsize - 1)
print(len(range(sys.maxsize)) == sys.maxsize)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)

a = ''.join(['inter', 'ned', '_text'])
b = ''.join(['inter', 'ned_', 'text'])
print(a == b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == 'interned_text')
print(sys.intern('x') is sys.intern('x'))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.byteorder in ('little', 'big'))
print(sys.platform == 'linux')
