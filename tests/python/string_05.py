# rendering text with Template and Formatter: config files, reports, escaping
import string

CONFIG = string.Template("""\
[server]
host = $host
port = ${port}
url = http://$host:${port}/$$path
""")
print(CONFIG.substitute(host="localhost", port=8080), end="")
print(CONFIG.get_identifiers(), CONFIG.is_valid())
print(CONFIG.safe_substitute(host="example.org"), end="")

rows = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 100.0)]
line = string.Template("$name: $qty x $$$price = $$$total")
for name, qty, price in rows:
    print(line.substitute(name=name, qty=qty, price="%.2f" % price, total="%.2f" % (qty * price)))

f = string.Formatter()
header = f.format("{0:<12}|{1:>5}|{2:>10}", "item", "qty", "price")
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f.format("{name:<12}|{qty:>5d}|{price:>10,.2f}", name=name, qty=qty, price=price))
print(f.format("{0:=^{1}}", " total ", len(header)))
print(f.format("{:>{width}.{prec}f}", sum(q * p for _, q, p in rows), width=len(header), prec=2))


class MissingOk(string.Formatter):
    def get_value(self, key, args, kwargs):
        try:
            return super().get_value(key, args, kwargs)
        except (KeyError, IndexError):
            return "{" + str(key) + "}"


print(MissingOk().format("Hello {name}, you have {count} new {0} and {1}", "messages"))


class SafeDict(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print(string.Template("$a and $b").safe_substitute(SafeDict(a=1)))
print(string.Template("$a and $b").substitute(SafeDict(a=1)))

# capwords on titles, and the constants to build a slug
title = "  the   quick-brown FOX jumps  "
print(repr(string.capwords(title)), repr(string.capwords(title, "-")))
allowed = set(string.ascii_lowercase + string.digits)
slug = "".join(ch if ch in allowed else "-" for ch in title.strip().lower())
while "--" in slug:
    slug = slug.replace("--", "-")
print(slug)
print([w for w in "a1 b2 c! d# e".split() if all(ch in string.ascii_letters + string.digits for ch in w)])
