name = "file_enc_01.tmp"
with open(name, "w", encoding="latin-1") as f:
    print(f.encoding, f.errors)
    f.write("caf\xe9 \xff\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(name, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(name, "w", encoding="ascii", errors="replace") as f:
    f.write("na\xefve\n")
with open(name, encoding="ascii") as f:
    print(repr(f.read()))
try:
    with open(name, "w", encoding="ascii") as f:
        f.write("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.read()), f.encoding)
for kw in [{"encoding": "utf-8"}, {"newline": ""}]:
    try:
        open(name, "rb", **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    open(name, newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    open(name, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
import sys
print(sys.stdout.encoding if hasattr(sys.stdout, "encoding") else "?")
