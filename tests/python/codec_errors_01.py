# The fields and messages of UnicodeDecodeError / UnicodeEncodeError.
cases = [
    (b"\xe2\x82", "utf-8"), (b"ab\xffcd", "utf-8"), (b"\xc3\x28", "utf-8"),
    (b"abc\x80", "ascii"), (b"\x81", "cp1252"), (b"\x00\xd8", "utf-16-le"),
]
for data, enc in cases:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
        print("  ", e.encoding, e.object, e.start, e.end, e.reason, len(e.args))
for text, enc in [("héllo", "ascii"), ("ééé!", "ascii"), ("a\u20acb", "latin-1"), ("\U0001f600", "ascii"), ("x\u0100", "cp1252")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print("  ", e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    raise UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "custom reason")
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
print(isinstance(UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), ValueError))
