# Augmented assignment on attributes and subscripts evaluates the target once
calls = []


class Box:
    def __init__(self):
        self._v = 10

    @property
    def v(self):
        calls.append("get v")
        return self._v

    @v.setter
    def v(self, value):
        calls.append(f"set v={value}")
        self._v = value


def get_box(b):
    calls.append("get_box")
    return b


box = Box()
get_box(box).v += 5
print(box._v, calls)
calls.clear()


class Store:
    def __init__(self):
        self.data = {"k": 1}

    def __getitem__(self, key):
        calls.append(f"getitem {key!r}")
        return self.data[key]

    def __setitem__(self, key, value):
        calls.append(f"setitem {key!r}={value!r}")
        self.data[key] = value


def key(k):
    calls.append(f"key {k!r}")
    return k


def get_store(s):
    calls.append("get_store")
    return s


s = Store()
get_store(s)[key("k")] *= 7
print(s.data, calls)
calls.clear()

lst = [[0, 1], [2, 3]]
i = 0


def idx():
    global i
    calls.append(f"idx -> {i}")
    i += 1
    return i - 1


lst[idx()][idx()] += 100
print(lst, i, calls)
calls.clear()


class Acc:
    def __init__(self, items):
        self.items = items

    def __iadd__(self, other):
        calls.append("__iadd__")
        self.items = self.items + list(other)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


holder = {"acc": Acc([1])}
alias = holder["acc"]
holder[key("acc")] += (2, 3)
print(holder, alias is holder["acc"], calls)
calls.clear()

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print("but list was extended:", t)
n = 5
n **= 2
n //= 3
n <<= 2
n ^= 0b101
n %= 7
print(n)
st = "ab"
st *= 3
st += "!"
print(st)
