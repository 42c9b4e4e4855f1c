import sys
name = "file_io_01.tmp"
with open(name, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
    print(n, f.closed, f.name, f.mode)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "a") as f:
    f.writelines(["\nfour", "\nfive\n"])
print(open(name).read().splitlines())
with open(name, "rb") as f:
    data = f.read()
    print(type(data).__name__, data[:8], len(data))
with open("file_io_01b.tmp", "wb") as f:
    f.write(bytes(range(5)))
print(open("file_io_01b.tmp", "rb").read())
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
try:
    open(name, "q")
except ValueError as e:
    print("ValueError:", e)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(type(open(name)).__name__, type(open(name, 'rb')).__name__)
