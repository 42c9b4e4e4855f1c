# Attribute sites that see dict-form instances, both forms, and several
# classes, hot enough to specialize (values form, WITH_HINT, POLY, MEGA).


class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Pt3(Pt):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Other:
    def __init__(self, y, x):
        self.y = y
        self.x = x


def sum_xy(objs):
    s = 0
    for o in objs:
        s += o.x - o.y
        o.x = o.x + 1
    return s


# Dict-form instances only.
recs = [Rec(x=i, y=2 * i) for i in range(100)]
print("recs", sum_xy(recs), sum_xy(recs), vars(recs[5]))

# Values form only, then both forms at the same sites.
pts = [Pt(i, 1) for i in range(100)]
print("pts", sum_xy(pts))
mixed = [Pt(i, 2) if i % 3 else Rec(y=i, x=2) for i in range(120)]
print("mixed", sum_xy(mixed), sum_xy(mixed))
for i, p in enumerate(pts):
    if i % 10 == 0:
        p.__dict__
print("pts after some dicts", sum_xy(pts), vars(pts[10]), vars(pts[11]))

# Two classes, then three, then four.
poly = [Pt(i, 3) if i % 2 else Pt3(i, 3, 0) for i in range(100)]
print("poly", sum_xy(poly), sum_xy(poly))
mega = [(Pt, Pt3, Other)[i % 3](*((i, 4, 5) if i % 3 == 1 else (i, 4))) for i in range(150)]
print("mega", sum_xy(mega), sum_xy(mega))
mega.append(Rec(x=1, y=1))
print("mega+rec", sum_xy(mega))


# An instance that lacks the attribute at a specialized site.
class Lazy:
    def __init__(self, full):
        self.a = 1
        if full:
            self.b = 2


def read_b(objs):
    out = []
    for o in objs:
        try:
            out.append(o.b)
        except AttributeError as e:
            out.append(str(e))
    return out


lz = [Lazy(i != 77) for i in range(100)]
r = read_b(lz)
print("lazy", r[76:79], len(r))
lz[5].b = 9
lz[77].b = 8
print("lazy set", read_b(lz)[77], vars(lz[77]), lz[5].b)


# A __getattr__ added to a class after its sites specialized.
class Late:
    def __init__(self):
        self.v = 1


def read_vw(objs):
    t = 0
    for o in objs:
        t += o.v
        t += getattr(o, "w", 100)
    return t


late = [Late() for _ in range(60)]
print("late", read_vw(late))
Late.__getattr__ = lambda self, name: 1000
print("late getattr", read_vw(late), late[0].missing)
del Late.__getattr__
print("late removed", read_vw(late))


# __setattr__ added after STORE_ATTR specialized.
class Guarded:
    def __init__(self):
        self.n = 0


def bump(objs):
    for o in objs:
        o.n = o.n + 1


gs = [Guarded() for _ in range(60)]
bump(gs)
bump(gs)
log = []


def setattr_hook(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value * 10)


Guarded.__setattr__ = setattr_hook
bump(gs)
print("guarded", gs[0].n, len(log))
del Guarded.__setattr__
bump(gs)
print("guarded after", gs[0].n, gs[59].n)


# A data descriptor added to the class after instances hold the name.
class Prop:
    def __init__(self, v):
        self.v = v


ps = [Prop(i) for i in range(60)]
print("prop before", sum(p.v for p in ps))
Prop.v = property(lambda self: -1)
print("prop after", sum(p.v for p in ps), vars(ps[3]))
try:
    ps[0].v = 5
except AttributeError as e:
    print("AttributeError", e)
