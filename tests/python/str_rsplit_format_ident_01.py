print("aaa".rsplit("aa"), "aaaaa".rsplit("aa"), "xaaay".rsplit("aa"), b"aaa".rsplit(b"aa"), "a,b,,c".rsplit(","), "aaa".rsplit("aa", 1))
print("{:05}".format("ab"), "{:x<5}".format("ab"), "{:05d}".format(-3), f"{'s':0>4}")
for t in ["abc", "_x1", "a\u0301", "\u2118", "a\u2080", "1a", "", "été", "x-y"]:
    print(repr(t), t.isidentifier())
try:
    "{:=5}".format("ab")
except ValueError as e:
    print(e)
