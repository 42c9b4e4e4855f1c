name = "file_plus_01.tmp"
with open(name, "w") as f:
    f.write("hello world\nline two\n")
with open(name, "r+") as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write("HELLO")
    print(f.tell(), repr(f.read()))
with open(name) as f:
    print(repr(f.read()))
with open(name, "a+") as f:
    f.write("appended\n")
    f.seek(0)
    print(repr(f.read()))
with open(name, "w+") as f:
    print(repr(f.read()))
    f.write("fresh\n")
    f.seek(0)
    print(repr(f.read()), f.mode)
with open(name, "rb+") as f:
    f.seek(2)
    f.write(b"EE")
    f.seek(0)
    print(f.read())
with open(name, "ab+") as f:
    f.write(b"\x00\x01")
    f.seek(0)
    print(f.read())
try:
    open("no_such_dir_xyz/f.txt", "r+")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    open(name, "rw")
except ValueError as e:
    print("ValueError", e)
import sys
with open(name, "w+", encoding="latin-1") as f:
    f.write("\xe9t\xe9")
with open(name, "rb") as f:
    print(f.read())
for m in ['rw', 'rz', 'rr', 'bt', 'b', '+', 'r++', '']:
    try:
        open(name, m)
    except ValueError as e:
        print(repr(m), e)
