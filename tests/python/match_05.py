# match: class patterns with positional (__match_args__) and keyword sub-patterns
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center = center
        self.r = r

class Plain:
    def __init__(self, a):
        self.a = a

def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return 'on y axis at ' + str(y)
        case Point(x, 0):
            return 'on x axis at ' + str(x)
        case Point(x=x, y=y) if x == y:
            return 'diagonal ' + str(x)
        case Point():
            return 'somewhere ' + str((p.x, p.y))
        case _:
            return 'not a point'

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (1, 2)]:
    print(where(p))

# nested class patterns, positional and keyword
for c in [Circle(Point(0, 0), 3), Circle(Point(4, 1), 20), Circle(Point(4, 1), 2)]:
    match c:
        case Circle(Point(0, 0), r):
            print('centred circle r=' + str(r))
        case Circle(center=Point(x=cx), r=r) if r > 10:
            print('big circle at x=' + str(cx))
        case Circle(Point(x, y), r):
            print('circle at', x, y)

# keyword-only matching on a class without __match_args__; missing attribute fails
for obj in [Plain(9), Plain(1)]:
    match obj:
        case Plain(b=_):
            print('not reached')
        case Plain(a=9):
            print('Plain a=9 matched by keyword')
        case Plain(a=v):
            print('fallback a =', v)

# too many positional sub-patterns
for subj, label in [(Point(1, 2), 'Point'), (Plain(1), 'Plain')]:
    try:
        match subj:
            case Point(_, _, _) | Plain(_):
                print('not reached')
    except TypeError as e:
        print(label, 'TypeError:', e)

# subclass instances match the base class pattern
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

match Point3(1, 2, 3):
    case Point(a, b):
        print('Point3 as Point:', a, b)
match Point3(1, 2, 3):
    case Point3(_, _, z):
        print('z =', z)
