# string.Template subclasses: custom delimiter, idpattern, braceidpattern, flags, pattern
import string


class PercentTemplate(string.Template):
    delimiter = "%"


print(PercentTemplate("%who owes %amount (100%% sure)").substitute(who="Al", amount="$5"))


class DottedTemplate(string.Template):
    idpattern = r"[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*"


values = {"user.name": "ann", "user.id": 7, "site": "wiki"}
d = DottedTemplate("$user.name (#$user.id) at $site.")
print(d.substitute(values), d.get_identifiers())


class CaseSensitive(string.Template):
    flags = 0
    idpattern = r"[a-z]+"


cs = CaseSensitive("$name $Name $NAME")
print(cs.safe_substitute(name="x"), cs.get_identifiers(), cs.is_valid())
print(string.Template("$name $Name").safe_substitute(name="x", Name="y"))


class BraceTemplate(string.Template):
    braceidpattern = r"[^}]+"


b = BraceTemplate("${first name} and $plain")
print(b.substitute({"first name": "Ada", "plain": "Lovelace"}), b.get_identifiers())


class Double(string.Template):
    delimiter = "{{"
    idpattern = r"[a-z]+"


print(Double("Hello {{name}}, {{{{escaped}} and {{greeting}}").substitute(name="Bo", greeting="hi"))


class Bracket(string.Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[)       |
      (?P<named>[a-z]+)\]\]   |
      (?P<braced>\#[a-z]+)    |
      (?P<invalid>)
    )
    """


br = Bracket("[[x]] + [[y]] = [[[[z]]")
print(br.substitute(x=1, y=2), br.get_identifiers(), br.is_valid())
try:
    Bracket("ok [[x]] [[9]]").substitute(x=1)
except ValueError as exc:
    print("ValueError", exc)


class Underscored(string.Template):
    delimiter = "#"
    idpattern = r"[a-z]+_[a-z]+"


u = Underscored("#first_name #last_name #single ##")
print(u.safe_substitute(first_name="Grace", last_name="Hopper"), u.is_valid())
try:
    u.substitute(first_name="Grace", last_name="Hopper")
except ValueError as exc:
    print("ValueError", exc)


class Odd(string.Template):
    pattern = r"@(?P<named>[a-z]+)|(?P<other>!)"


try:
    Odd("@a !").substitute(a=1)
except (ValueError, IndexError) as exc:
    print(type(exc).__name__, exc.args[0])
print(Odd("@a b").substitute(a=1))
print(PercentTemplate.delimiter, DottedTemplate.delimiter, string.Template.delimiter)
print(string.Template.idpattern, string.Template.braceidpattern)
