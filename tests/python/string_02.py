# string.Template: substitute, safe_substitute, identifiers, validity and errors
from string import Template

t = Template("$who likes $what; ${who}'s total is $$${amount}")
print(t.template)
print(t.substitute(who="tim", what="kung pao", amount=12))
print(t.substitute({"who": "ann", "what": "tea", "amount": 3.5}))
print(t.substitute({"who": "ann", "what": "tea", "amount": 1}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid())

mapping = {"name": "World", "count": 3}
for text in ["Hello, $name!", "${name}wide", "$$name", "$name$count", "$", "Cost: $ 5", "$1st",
             "${name", "${ name}", "x${}", "$name_with_underscore", "$NAME", "$_private", "tab\t$", "é$name"]:
    tmpl = Template(text)
    try:
        result = tmpl.substitute(mapping)
    except KeyError as exc:
        result = "KeyError " + str(exc)
    except ValueError as exc:
        result = "ValueError " + str(exc)
    print(repr(text), "->", repr(result), "| safe:", repr(tmpl.safe_substitute(mapping)),
          "| ids:", tmpl.get_identifiers(), "| valid:", tmpl.is_valid())

multi = Template("line one\nline two $ok\n   $!bad here")
try:
    multi.substitute(ok=1)
except ValueError as exc:
    print("ValueError", exc)
try:
    Template("$").substitute()
except ValueError as exc:
    print("ValueError", exc)
try:
    Template("abc\n\n$").substitute()
except ValueError as exc:
    print("ValueError", exc)
try:
    Template("$missing").substitute({})
except KeyError as exc:
    print("KeyError", exc)
try:
    Template("$a").substitute({}, {})
except TypeError as exc:
    print("TypeError", exc)


class Lazy:
    """A mapping that computes values on demand."""

    def __getitem__(self, key):
        if key.startswith("x"):
            raise KeyError(key)
        return key.upper()


print(Template("$abc and $xyz").safe_substitute(Lazy()))
print(Template("$user@$host").substitute(user="root", host="example.org"))
print(Template("$x$x$x").substitute(x=[1]))

# a form letter
letter = Template("""Dear $title $surname,

Your order #$order_id of $$${total} ships on ${day}.
""")
for row in [("Ms", "Smith", 1001, "19.99", "Monday"), ("Dr", "Who", 42, "0.50", "Friday")]:
    print(letter.substitute(dict(zip(["title", "surname", "order_id", "total", "day"], row))), end="")
print(letter.get_identifiers())
