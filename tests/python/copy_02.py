# copying instances of user classes: __dict__, __slots__, hooks, subclasses of builtins
import copy


class Point:
    def __init__(self, x, y, tags=None):
        self.x = x
        self.y = y
        self.tags = tags if tags is not None else []

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__, q is p)
print(q.tags is p.tags, r.tags is p.tags)
p.tags.append("b")
print(q.tags, r.tags)


class Empty:
    pass


e = Empty()
e2 = copy.copy(e)
print(type(e2).__name__, e2 is e, vars(e2))


class Slotted:
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, [2])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a, s2.b, s2.b is s.b, s3.b == s.b, s3.b is s.b)
print(hasattr(s2, "c"), hasattr(s3, "c"))


class Mixed(Slotted):
    def __init__(self, a, b, extra):
        super().__init__(a, b)
        self.extra = extra


mx = Mixed(1, 2, {"z": [1]})
mc = copy.deepcopy(mx)
print(mc.a, mc.b, mc.extra, mc.extra["z"] is mx.extra["z"])


class WithHooks:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("  __copy__ called")
        return WithHooks(self.value + "-copy")

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with memo of type", type(memo).__name__)
        result = WithHooks(copy.deepcopy(self.value, memo) + "-deep")
        memo[id(self)] = result
        return result


w = WithHooks("v")
print(copy.copy(w).value)
print(copy.deepcopy(w).value)
pair = copy.deepcopy([w, w])
print(pair[0] is pair[1], pair[0].value)


class Stateful:
    def __init__(self, name):
        self.name = name
        self.cache = {"expensive": True}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("  __setstate__", sorted(state))
        self.__dict__.update(state)
        self.cache = {}


st = copy.deepcopy(Stateful("db"))
print(st.name, st.cache)
st = copy.copy(Stateful("db2"))
print(st.name, st.cache)


class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return "Reduced(%r, %r)" % (self.a, self.b)


rd = Reduced([1], "x")
rc = copy.deepcopy(rd)
print(rc, rc.a is rd.a, copy.copy(rd).a is rd.a)


class ReducedEx:
    def __init__(self):
        self.items = []

    def __reduce_ex__(self, protocol):
        print("  __reduce_ex__ protocol", protocol)
        return (ReducedEx, (), {"items": self.items, "restored": True})


rx = ReducedEx()
rx.items.append(1)
c = copy.deepcopy(rx)
print(c.items, c.restored, c.items is rx.items)


class Singleton:
    def __reduce__(self):
        return "THE_ONE"


one = Singleton()
print(copy.copy(one) is one, copy.deepcopy(one) is one)


class Bag(list):
    def __init__(self, items=(), label=""):
        super().__init__(items)
        self.label = label


b = Bag([[1], [2]], label="bag")
bc = copy.copy(b)
bd = copy.deepcopy(b)
print(type(bc).__name__, bc, bc.label, bc[0] is b[0])
print(type(bd).__name__, bd, bd.label, bd[0] is b[0])


class Registry(dict):
    pass


reg = Registry(a=[1])
reg.owner = "me"
rc = copy.deepcopy(reg)
print(type(rc).__name__, rc, rc.owner, rc["a"] is reg["a"])


class Meters(float):
    pass


class Tag(str):
    pass


class Pair(tuple):
    pass


mm = copy.copy(Meters(2.5))
print(type(mm).__name__, mm, type(copy.deepcopy(Tag("t"))).__name__, copy.deepcopy(Tag("t")))
pr = copy.deepcopy(Pair(([1], 2)))
print(type(pr).__name__, pr)


class Tags(set):
    pass


tg = copy.copy(Tags({"x"}))
print(type(tg).__name__, sorted(tg))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(WithMeta) is WithMeta, copy.deepcopy(WithMeta) is WithMeta)

# the private slots of a class are found under their mangled names
class Private:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = 7
        self.public = 8

    def secret(self):
        return self.__secret


pc = copy.copy(Private())
print(pc.secret(), pc.public)
