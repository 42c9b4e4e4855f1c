print(b"%d items" % 5, b"%s-%s" % (b"a", bytearray(b"b")), b"%5.2f|" % 3.14159)
print(b"%x %X %o %#x %05d %-5d|" % (255, 255, 8, 255, 42, 7))
print(b"%r %a" % ("h\xe9", b"x"), b"%c%c" % (65, b"z"), b"100%%")
print(bytearray(b"%s!") % b"hey", b"%(k)s=%(v)d" % {b"k": b"key", b"v": 3})
print(b"%10s|%-6b|" % (b"r", b"l"), b"%.2s" % b"abcdef", b"%e" % 12345.678)
print(b"%s" % memoryview(b"mv"))
class B:
    def __bytes__(self):
        return b"custom"
print(b"<%s>" % B())
for fmt, args in [(b"%s", 5), (b"%s", "str"), (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%c", 256), (b"%c", "x"), (b"%z", 1), (b"%d", "x")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
