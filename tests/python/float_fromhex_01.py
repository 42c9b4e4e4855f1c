tests = ["1p-1074", "0x1.8p-1070", "0x1.0000000000000801p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1075", "0x1.0000001p-1075", "0x1p-1076", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "-0x1p-1080", "0x0p0", "-0x0.0p0", "0x.8", "0x8.", "1p1", " 0x1.5p+3 ", "inf", "-Infinity", "nan", "0x", "0xg", "0x1p", "1e3", "0x1.p0", "0x3.243f6a8885a3p0", "0x1.ffffffffffffffffffffp-1023", "0x1p-1000000000", "0x1p1000000000"]
for t in tests:
    try:
        print(repr(t), repr(float.fromhex(t)))
    except (ValueError, OverflowError) as e:
        print(repr(t), type(e).__name__, e)
import math
for x in [0.1, 1e-310, 5e-324, 1.7976931348623157e308, -2.5, math.pi]:
    print(float.fromhex(x.hex()) == x, x.hex())
