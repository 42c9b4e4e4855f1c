# operator: itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller


class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)

    def greet(self, greeting="Hello", punct="!"):
        return "%s, %s%s" % (greeting, self.name, punct)

    def __repr__(self):
        return "Person(%r)" % self.name


class Address:
    def __init__(self, city):
        self.city = city


rows = [("carol", 35, "Oslo"), ("alice", 30, "Paris"), ("bob", 30, "Lima"),
        ("dave", 25, "Paris")]

# itemgetter as a sort key, single and multiple items.
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(sorted(rows, key=itemgetter(2, 1), reverse=True))
print(list(map(itemgetter(0), rows)))
print(itemgetter(slice(1, None))("abcdef"))
print(itemgetter("x", "y")({"x": 1, "y": 2, "z": 3}))
print(itemgetter(-1)([1, 2, 3]), itemgetter(0, 0)("ab"))
ig = itemgetter(1)
print(repr(ig), repr(itemgetter(1, "a", None)), repr(itemgetter("key")))

people = [Person(n, a, c) for n, a, c in rows]
print(sorted(people, key=attrgetter("age", "name")))
print([attrgetter("address.city")(p) for p in people])
get = attrgetter("name", "address.city")
print(get(people[0]))
print(repr(get), repr(attrgetter("age")))

# methodcaller with positional and keyword arguments.
print(methodcaller("greet")(people[1]))
print(methodcaller("greet", "Hi")(people[2]))
print(methodcaller("greet", "Hey", punct="?")(people[3]))
mc = methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), repr(mc))
print(repr(methodcaller("upper")), methodcaller("upper")("shout"))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b", "c"])))

# Errors.
def attempt(label, func, *args, **kw):
    try:
        print(label, repr(func(*args, **kw)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("itemgetter()", itemgetter)
attempt("attrgetter()", attrgetter)
attempt("attrgetter(1)", attrgetter, 1)
attempt("attrgetter('a', 2)", attrgetter, "a", 2)
attempt("methodcaller()", methodcaller)
attempt("methodcaller(1)", methodcaller, 1)
attempt("missing item", itemgetter(5), [1, 2])
attempt("missing key", itemgetter("q"), {"a": 1})
attempt("bad index type", itemgetter("a"), [1, 2])
attempt("missing attr", attrgetter("height"), people[0])
attempt("missing dotted", attrgetter("address.zip"), people[0])
attempt("missing method", methodcaller("fly"), people[0])
attempt("bad call", methodcaller("greet", 1, 2, 3), people[0])

# Reduce-style pickling support.
print(itemgetter(1, 2).__reduce__()[1], attrgetter("a.b", "c").__reduce__()[1])
print(methodcaller("f", 1, 2).__reduce__()[1])
print(type(ig).__name__, type(get).__name__, type(mc).__name__)
