# UserDict, UserList, UserString: wrappers meant for subclassing.
from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    """Keys are case-insensitive strings."""
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data

ld = LowerDict({"Name": "x"}, AGE=3)
ld["City"] = "Rome"
print(ld, ld["NAME"], "age" in ld, "AGE" in ld, len(ld), ld.data)
ld.update(Other=1)
print(sorted(ld), ld.get("other"), ld.get("nothing", "-"))
print(ld.pop("other"), ld.setdefault("new", 0), ld)
cp = ld.copy()
cp["extra"] = 1
print(type(cp).__name__, cp, ld)

class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"
df = Defaulting(a=1)
print(df["a"], df["b"], df.get("b"), "b" in df)
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)
print(UserDict(dict=1, self=2), UserDict([("k", "v")]))
print(UserDict(a=1) | {"b": 2}, {"b": 2} | UserDict(a=1), UserDict(a=1) == {"a": 1})
ud = UserDict(a=1)
ud |= {"c": 3}
print(ud, UserDict.fromkeys("xy", 0))

class Stack(UserList):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), s, len(s), s[0], s[-1:], type(s[:1]).__name__)
s.extend([9, 8, 7])
s.sort()
print(s, s.index(8), s.count(9), 9 in s, s == [1, 2, 7, 8, 9], s > [1])
s.reverse()
s.insert(0, "first")
s.remove(9)
print(s)
print(s + [0], [0] + s, s * 2, type(s + [0]).__name__, type([0] + s).__name__)
s *= 2
s += (5,)
print(s)
del s[0]
s[0] = "changed"
print(s, s.copy(), type(s.copy()).__name__)
s.clear()
print(s, UserList(), UserList("ab"), UserList(UserList([1])))

class Title(UserString):
    def shout(self):
        return self.upper() + "!"

t = Title("hello world")
print(t, repr(t), t.shout(), type(t.shout()).__name__, len(t), t[0], t[::-1])
print(t.title(), t.split(), t.replace("world", "there"), t.find("o"), t.count("l"))
print(t + "!", "> " + t, t * 2, t == "hello world", t < "z", "world" in t)
print(t.startswith("hell"), t.endswith(("x", "ld")), t.center(15, "*"), t.zfill(13))
print(t.strip("hd"), t.partition(" "), t.encode(), t.capitalize(), t.isalpha())
print(UserString(42), UserString(3.5) + UserString("x"), int(UserString("7")) + 1)
print("%s-%s" % (t, 1), UserString("%d items") % 5, sorted([UserString("b"), UserString("a")]))
print(hash(UserString("k")) == hash("k"), {UserString("k"): 1}[UserString("k")])
