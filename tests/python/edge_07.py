# Mutable default argument gotcha and its fixes
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_bad(1))
print(append_bad(2))
print(append_bad(3, []))
print(append_bad(4))
print("defaults:", append_bad.__defaults__)


def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_good(1), append_good(2))


def counter(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return dict(seen)


print(counter("a"))
print(counter("b"))
print(counter("a"))

counter.__defaults__[0].clear()
print("after clearing defaults:", counter("z"))

n = 10


def default_eval_time(value=n):
    return value


n = 20
print("default bound at def time:", default_eval_time())


def make_default():
    print("  evaluating default once")
    return []


def uses_call_default(x, acc=make_default()):
    acc.append(x)
    return len(acc)


print(uses_call_default("a"), uses_call_default("b"))


class Bag:
    def __init__(self, items=[]):
        self.items = items

    def add(self, x):
        self.items.append(x)


b1 = Bag()
b2 = Bag()
b1.add("shared!")
print(b2.items, b1.items is b2.items)
b3 = Bag(["own"])
print(b3.items)


def kw_default(*, opts={}):
    opts["n"] = opts.get("n", 0) + 1
    return opts["n"]


print(kw_default(), kw_default(), kw_default(opts={}))
print(kw_default.__kwdefaults__)
