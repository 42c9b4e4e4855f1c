# string.Formatter: format/vformat, parse, get_field, convert_field and subclasses
import string

f = string.Formatter()
print(f.format("{} + {} = {}", 2, 3, 5))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name:>8}|{name:<8}|{name:^8}|", name="mid"))
print(f.format("{0:{1}.{2}f}", 3.14159, 10, 3))
print(f.format("{:{}}", "x", 5) + "|")
print(f.format("{point.real},{point.imag} {items[0]} {items[1][k]}", point=complex(1, 2), items=["a", {"k": "v"}]))
print(f.format("{0!r} {0!s} {0!a}", "café"))
print(f.format("{{literal}} {0}", 1))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("Hello {name!r:>10} and {{braces}} {0[1].real}")))
print(list(f.parse("")), list(f.parse("plain")), list(f.parse("{}{}")))
print(f.get_field("0.imag", [3 + 4j], {}), f.get_field("k[0]", [], {"k": "xyz"}))
print(f.convert_field("x", None), f.convert_field("x", "r"), f.convert_field(1, "s"))

for fmt, args, kwargs in [("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{0!}", (1,), {}),
                          ("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{2}", (1,), {}),
                          ("{missing}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}),
                          ("{0!z}", (1,), {}), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}),
                          ("{0:d}", ("text",), {}), ("{0[}", ([],), {}), ("{0.}", (1,), {}),
                          ("{0[0]x}", ([[1]],), {}), ("{a{b}", (), {})]:
    try:
        print(repr(fmt), "->", repr(f.vformat(fmt, args, kwargs)))
    except Exception as exc:
        print(repr(fmt), "->", type(exc).__name__, exc)


class DefaultFormatter(string.Formatter):
    """Missing keys format as <name?>."""

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)


print(DefaultFormatter().format("{greeting}, {name}! {0}", 42, greeting="Hi"))


class StrictFormatter(string.Formatter):
    """Complains about arguments that the format string does not use."""

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        unused |= set(range(len(args))) - used_args
        if unused:
            raise ValueError("unused arguments: %s" % sorted(map(str, unused)))


try:
    print(StrictFormatter().format("{0} {x}", 1, x=2))
    print(StrictFormatter().format("{0} {x}", 1, 2, x=2, y=3))
except ValueError as exc:
    print("ValueError", exc)


class UpperFormatter(string.Formatter):
    """An extra conversion !u and a format spec 'shout'."""

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "shout":
            return str(value).upper() + "!"
        return super().format_field(value, format_spec)


uf = UpperFormatter()
print(uf.format("{0!u} {1:shout} {2:>5}", "quiet", "loud", 7))


class Tracer(string.Formatter):
    def parse(self, format_string):
        for item in super().parse(format_string):
            print("  parsed", item)
            yield item


print(Tracer().format("a{0}b{1:>3}", "X", "Y"))
