"""Common string operations.

Constants naming ASCII character classes: ascii_lowercase, ascii_uppercase,
ascii_letters, digits, hexdigits, octdigits, punctuation, whitespace and
printable (all of the others together).

capwords() capitalizes the words of a string; Template does simple
$name substitutions; Formatter is the machinery of str.format(), split
into methods that subclasses can override.

Template's placeholders are described by regular expressions (the class
attributes idpattern, braceidpattern and pattern).  This module carries its
own small backtracking matcher for them, covering the commonly used part of
the `re` syntax, so that it does not depend on the `re` module.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s: s.split(sep), str.capitalize() on each
    part, joined again with sep (a single space when sep is None, so runs
    of whitespace collapse and the ends are trimmed)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


####################################################################
# A small regular expression engine for Template.
#
# Supported: literals and escapes (\n, \t, \xhh, \uhhhh, escaped
# punctuation), ., ^, $, \A, \Z, \b, \B, classes [...] with ranges and
# negation, \d \w \s and their negations, groups (...), (?:...),
# (?P<name>...), (?P=name), \1, lookaheads (?=...) (?!...), atomic groups
# (?>...), comments (?#...), inline flags (?aimsx) and (?aimsx-imsx:...),
# alternation, and the greedy, lazy and possessive quantifiers * + ? {m,n}.
# The flag values are those of the re module.

_IGNORECASE = 2
_MULTILINE = 8
_DOTALL = 16
_VERBOSE = 64
_ASCII = 256
_FLAG_LETTERS = {"i": _IGNORECASE, "m": _MULTILINE, "s": _DOTALL,
                 "x": _VERBOSE, "a": _ASCII, "u": 0, "L": 0}

# Characters re.escape() escapes.
_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(text):
    """Escape the regular expression metacharacters in text."""
    return "".join("\\" + ch if ch in _SPECIAL_CHARS else ch for ch in text)


class _RegexError(ValueError):
    pass


def _is_word(ch, flags):
    if flags & _ASCII:
        return ch.isascii() and (ch.isalnum() or ch == "_")
    return ch.isalnum() or ch == "_"


def _is_digit(ch, flags):
    if flags & _ASCII:
        return "0" <= ch <= "9"
    return ch.isdecimal()


def _is_space(ch, flags):
    if flags & _ASCII:
        return ch in " \t\n\r\f\v"
    return ch.isspace()


_CATEGORIES = {"d": _is_digit, "w": _is_word, "s": _is_space}


def _case_variants(ch, flags):
    """The characters that ch matches when case is ignored."""
    if flags & _ASCII and not ch.isascii():
        return (ch,)
    return (ch, ch.lower(), ch.upper())


class _State:
    """The text being matched and the current group spans."""

    def __init__(self, text, ngroups):
        self.text = text
        self.end = len(text)
        self.spans = [None] * (ngroups + 1)


# Matchers are functions m(state, i, k): try to match at text position i,
# and on success call the continuation k with the position after the
# match.  They return whatever k returns, or None when there is no match
# (after trying every alternative).  Single-character matchers also carry
# their predicate as m.pred, which lets repetitions of them run in a loop.

def _char_matcher(pred):
    def match(st, i, k):
        if i < st.end and pred(st.text[i]):
            return k(i + 1)
        return None
    match.pred = pred
    return match


def _sequence(matchers):
    if not matchers:
        return lambda st, i, k: k(i)
    if len(matchers) == 1:
        return matchers[0]
    first = matchers[0]
    rest = _sequence(matchers[1:])
    return lambda st, i, k: first(st, i, lambda j: rest(st, j, k))


def _alternation(branches):
    def match(st, i, k):
        for branch in branches:
            result = branch(st, i, k)
            if result is not None:
                return result
        return None
    return match


def _capture(index, inner):
    def match(st, i, k):
        def close(j):
            saved = st.spans[index]
            st.spans[index] = (i, j)
            result = k(j)
            if result is None:
                st.spans[index] = saved
            return result
        return inner(st, i, close)
    return match


def _backreference(index, flags):
    def match(st, i, k):
        span = st.spans[index]
        if span is None:
            return None
        captured = st.text[span[0]:span[1]]
        j = i + len(captured)
        candidate = st.text[i:j]
        if flags & _IGNORECASE:
            if len(candidate) != len(captured) or candidate.lower() != captured.lower():
                return None
        elif candidate != captured:
            return None
        return k(j)
    return match


def _lookahead(inner, negative):
    def match(st, i, k):
        found = inner(st, i, lambda j: j) is not None
        if found == negative:
            return None
        return k(i)
    return match


def _atomic(inner):
    def match(st, i, k):
        j = inner(st, i, lambda j: j)
        if j is None:
            return None
        return k(j)
    return match


def _repeat(inner, low, high, greedy):
    """inner repeated low..high times (high None: unbounded)."""
    pred = getattr(inner, "pred", None)
    if pred is not None:
        # Repetition of a single character: scan, then back off.
        def match(st, i, k):
            text = st.text
            limit = st.end if high is None else min(st.end, i + high)
            j = i
            if greedy:
                while j < limit and pred(text[j]):
                    j += 1
                while j >= i + low:
                    result = k(j)
                    if result is not None:
                        return result
                    j -= 1
                return None
            while j < i + low:
                if j >= limit or not pred(text[j]):
                    return None
                j += 1
            while True:
                result = k(j)
                if result is not None:
                    return result
                if j >= limit or not pred(text[j]):
                    return None
                j += 1
        return match

    def match(st, i, k):
        def attempt(count, pos):
            def again(j):
                # An iteration that matched nothing ends the loop (another
                # one would match nothing again, forever).
                if j == pos:
                    return k(j)
                return attempt(count + 1, j)
            more = high is None or count < high
            if greedy:
                if more:
                    result = inner(st, pos, again)
                    if result is not None:
                        return result
                return k(pos) if count >= low else None
            if count >= low:
                result = k(pos)
                if result is not None:
                    return result
            return inner(st, pos, again) if more else None
        return attempt(0, i)
    return match


class _Parser:
    """Compile a pattern string into a matcher."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.pos = 0
        self.ngroups = 0
        self.names = {}
        self.flags = flags | self._global_flags()

    def error(self, message):
        raise _RegexError("%s at position %d" % (message, self.pos))

    def _global_flags(self):
        flags = 0
        pattern = self.pattern
        while pattern.startswith("(?", self.pos):
            j = self.pos + 2
            while j < len(pattern) and pattern[j] in _FLAG_LETTERS:
                j += 1
            if j == self.pos + 2 or j >= len(pattern) or pattern[j] != ")":
                break
            for letter in pattern[self.pos + 2:j]:
                flags |= _FLAG_LETTERS[letter]
            self.pos = j + 1
        return flags

    def peek(self):
        if self.pos < len(self.pattern):
            return self.pattern[self.pos]
        return ""

    def compile(self):
        matcher = self.alternation(self.flags)
        if self.pos < len(self.pattern):
            self.error("unbalanced parenthesis")
        return matcher

    def skip_verbose(self, flags):
        """In verbose mode, skip whitespace and comments."""
        if not flags & _VERBOSE:
            return
        pattern = self.pattern
        while self.pos < len(pattern):
            ch = pattern[self.pos]
            if ch in " \t\n\r\v\f":
                self.pos += 1
            elif ch == "#":
                end = pattern.find("\n", self.pos)
                self.pos = len(pattern) if end < 0 else end + 1
            else:
                break

    def alternation(self, flags):
        branches = [self.sequence(flags)]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence(flags))
        return branches[0] if len(branches) == 1 else _alternation(branches)

    def sequence(self, flags):
        items = []
        while True:
            self.skip_verbose(flags)
            ch = self.peek()
            if ch in ("", "|", ")"):
                return _sequence(items)
            if ch in "*+?":
                self.error("nothing to repeat")
            atom = self.atom(flags)
            if atom is not None:
                items.append(self.quantified(atom, flags))

    def quantified(self, atom, flags):
        self.skip_verbose(flags)
        ch = self.peek()
        if ch == "*":
            low, high = 0, None
        elif ch == "+":
            low, high = 1, None
        elif ch == "?":
            low, high = 0, 1
        elif ch == "{":
            bounds = self.braces()
            if bounds is None:
                return atom
            low, high = bounds
        else:
            return atom
        self.pos += 1
        greedy, possessive = True, False
        if self.peek() == "?":
            greedy = False
            self.pos += 1
        elif self.peek() == "+":
            possessive = True
            self.pos += 1
        if self.peek() in ("*", "+", "?"):
            self.error("multiple repeat")
        matcher = _repeat(atom, low, high, greedy)
        return _atomic(matcher) if possessive else matcher

    def braces(self):
        """Parse {m}, {m,}, {,n} or {m,n}; None if it is not one of them.
        On success self.pos is left on the closing brace."""
        pattern = self.pattern
        end = pattern.find("}", self.pos)
        if end < 0:
            return None
        body = pattern[self.pos + 1:end]
        low_text, comma, high_text = body.partition(",")
        if not (low_text.isdigit() or (comma and low_text == "")):
            return None
        if high_text and not high_text.isdigit():
            return None
        low = int(low_text) if low_text else 0
        if comma:
            high = int(high_text) if high_text else None
        else:
            high = low
        if high is not None and high < low:
            self.error("min repeat greater than max repeat")
        self.pos = end
        return low, high

    def atom(self, flags):
        pattern = self.pattern
        ch = pattern[self.pos]
        self.pos += 1
        if ch == "(":
            return self.group(flags)
        if ch == "[":
            return self.char_class(flags)
        if ch == ".":
            if flags & _DOTALL:
                return _char_matcher(lambda c: True)
            return _char_matcher(lambda c: c != "\n")
        if ch == "^":
            return self.anchor_start(flags)
        if ch == "$":
            return self.anchor_end(flags)
        if ch == "\\":
            return self.escape(flags)
        return self.literal(ch, flags)

    def literal(self, ch, flags):
        ascii_only = flags & _ASCII
        if not flags & _IGNORECASE or (ascii_only and not ch.isascii()):
            return _char_matcher(lambda c: c == ch)
        folded = ch.lower()
        # With ASCII, only ASCII letters match case-insensitively.
        return _char_matcher(lambda c: c == ch or (
            (c.isascii() or not ascii_only) and c.lower() == folded))

    def anchor_start(self, flags):
        multiline = flags & _MULTILINE

        def match(st, i, k):
            if i == 0 or (multiline and st.text[i - 1] == "\n"):
                return k(i)
            return None
        return match

    def anchor_end(self, flags):
        multiline = flags & _MULTILINE

        def match(st, i, k):
            text = st.text
            if (i == st.end or (text[i] == "\n" and
                                (multiline or i == st.end - 1))):
                return k(i)
            return None
        return match

    def group(self, flags):
        pattern = self.pattern
        if self.peek() != "?":
            self.ngroups += 1
            index = self.ngroups
            inner = self.alternation(flags)
            self.expect(")")
            return _capture(index, inner)
        self.pos += 1
        kind = self.peek()
        if kind == ":":
            self.pos += 1
            inner = self.alternation(flags)
            self.expect(")")
            return inner
        if kind == "P":
            self.pos += 1
            if self.peek() == "<":
                end = pattern.find(">", self.pos)
                if end < 0:
                    self.error("missing >, unterminated name")
                name = pattern[self.pos + 1:end]
                if not name.isidentifier():
                    self.error("bad character in group name %r" % name)
                if name in self.names:
                    self.error("redefinition of group name %r" % name)
                self.pos = end + 1
                self.ngroups += 1
                index = self.ngroups
                self.names[name] = index
                inner = self.alternation(flags)
                self.expect(")")
                return _capture(index, inner)
            if self.peek() == "=":
                end = pattern.find(")", self.pos)
                if end < 0:
                    self.error("missing ), unterminated name")
                name = pattern[self.pos + 1:end]
                if name not in self.names:
                    self.error("unknown group name %r" % name)
                self.pos = end + 1
                return _backreference(self.names[name], flags)
            self.error("unknown extension ?P" + self.peek())
        if kind in ("=", "!"):
            self.pos += 1
            inner = self.alternation(flags)
            self.expect(")")
            return _lookahead(inner, kind == "!")
        if kind == ">":
            self.pos += 1
            inner = self.alternation(flags)
            self.expect(")")
            return _atomic(inner)
        if kind == "#":
            end = pattern.find(")", self.pos)
            if end < 0:
                self.error("missing ), unterminated comment")
            self.pos = end + 1
            return None
        # Scoped inline flags: (?flags:...) or (?flags-flags:...)
        added = removed = 0
        target = "added"
        while True:
            ch = self.peek()
            if ch in _FLAG_LETTERS:
                if target == "added":
                    added |= _FLAG_LETTERS[ch]
                else:
                    removed |= _FLAG_LETTERS[ch]
                self.pos += 1
            elif ch == "-" and target == "added":
                target = "removed"
                self.pos += 1
            else:
                break
        if self.peek() == ")":
            self.error("global flags not at the start of the expression")
        if self.peek() != ":":
            self.error("unknown extension ?" + self.peek())
        self.pos += 1
        inner = self.alternation((flags | added) & ~removed)
        self.expect(")")
        return inner

    def expect(self, ch):
        if self.peek() != ch:
            self.error("missing %s, unterminated subpattern" % ch)
        self.pos += 1

    def escape_char(self):
        """Decode a character escape (the backslash already consumed);
        return the character, or None when the escape is not one."""
        pattern = self.pattern
        ch = self.peek()
        if ch == "":
            self.error("bad escape (end of pattern)")
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
        if ch in simple:
            self.pos += 1
            return simple[ch]
        if ch in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[ch]
            digits_text = pattern[self.pos + 1:self.pos + 1 + size]
            if len(digits_text) != size or any(c not in hexdigits for c in digits_text):
                self.error("incomplete escape \\" + ch + digits_text)
            self.pos += 1 + size
            return chr(int(digits_text, 16))
        if ch == "0":
            j = self.pos + 1
            while j < len(pattern) and j < self.pos + 3 and pattern[j] in octdigits:
                j += 1
            value = int(pattern[self.pos:j], 8)
            self.pos = j
            return chr(value)
        if ch.isascii() and ch.isalnum():
            return None
        self.pos += 1
        return ch

    def escape(self, flags):
        ch = self.peek()
        if ch in _CATEGORIES or ch.lower() in _CATEGORIES:
            self.pos += 1
            test = _CATEGORIES[ch.lower()]
            if ch.islower():
                return _char_matcher(lambda c: test(c, flags))
            return _char_matcher(lambda c: not test(c, flags))
        if ch in ("A", "Z", "b", "B"):
            self.pos += 1
            return self.special_anchor(ch, flags)
        if ch.isdigit() and ch != "0":
            j = self.pos
            while j < len(self.pattern) and j < self.pos + 2 and self.pattern[j].isdigit():
                j += 1
            index = int(self.pattern[self.pos:j])
            if index > self.ngroups:
                self.error("invalid group reference %d" % index)
            self.pos = j
            return _backreference(index, flags)
        char = self.escape_char()
        if char is None:
            self.error("bad escape \\" + ch)
        return self.literal(char, flags)

    def special_anchor(self, kind, flags):
        def at_boundary(st, i):
            before = i > 0 and _is_word(st.text[i - 1], flags)
            after = i < st.end and _is_word(st.text[i], flags)
            return before != after

        tests = {
            "A": lambda st, i: i == 0,
            "Z": lambda st, i: i == st.end,
            "b": at_boundary,
            "B": lambda st, i: not at_boundary(st, i),
        }
        test = tests[kind]

        def match(st, i, k):
            return k(i) if test(st, i) else None
        return match

    def char_class(self, flags):
        pattern = self.pattern
        negated = False
        if self.peek() == "^":
            negated = True
            self.pos += 1
        tests = []      # predicates for \d-style categories
        chars = set()
        ranges = []
        first = True
        while True:
            if self.pos >= len(pattern):
                self.error("unterminated character set")
            ch = pattern[self.pos]
            if ch == "]" and not first:
                self.pos += 1
                break
            first = False
            self.pos += 1
            if ch == "\\":
                esc = self.peek()
                if esc.lower() in _CATEGORIES:
                    self.pos += 1
                    test = _CATEGORIES[esc.lower()]
                    if esc.islower():
                        tests.append(lambda c, test=test: test(c, flags))
                    else:
                        tests.append(lambda c, test=test: not test(c, flags))
                    continue
                if esc == "b":
                    self.pos += 1
                    ch = "\b"
                else:
                    ch = self.escape_char()
                    if ch is None:
                        self.error("bad escape \\" + esc)
            if (self.peek() == "-" and self.pos + 1 < len(pattern)
                    and pattern[self.pos + 1] != "]"):
                self.pos += 1
                high = pattern[self.pos]
                self.pos += 1
                if high == "\\":
                    high = self.escape_char()
                    if high is None:
                        self.error("bad character range")
                if high < ch:
                    self.error("bad character range %s-%s" % (ch, high))
                ranges.append((ch, high))
            else:
                chars.add(ch)

        def member(c):
            if c in chars:
                return True
            for low, high in ranges:
                if low <= c <= high:
                    return True
            for test in tests:
                if test(c):
                    return True
            return False

        if flags & _IGNORECASE:
            def pred(c):
                return any(member(v) for v in _case_variants(c, flags)) != negated
        else:
            def pred(c):
                return member(c) != negated
        return _char_matcher(pred)


class _Match:
    """The result of a successful match (a subset of re.Match)."""

    def __init__(self, regex, text, spans):
        self.re = regex
        self.string = text
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group < len(self._spans):
                return group
        elif group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError("no such group")

    def span(self, group=0):
        span = self._spans[self._index(group)]
        return (-1, -1) if span is None else span

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for group in groups:
            span = self._spans[self._index(group)]
            values.append(None if span is None else self.string[span[0]:span[1]])
        return values[0] if len(values) == 1 else tuple(values)

    __getitem__ = group

    def groups(self, default=None):
        return tuple(default if span is None else self.string[span[0]:span[1]]
                     for span in self._spans[1:])

    def groupdict(self, default=None):
        return {name: (default if self._spans[index] is None
                       else self.string[self._spans[index][0]:self._spans[index][1]])
                for name, index in self.re.groupindex.items()}

    def __repr__(self):
        return "<_Match object; span=%r, match=%r>" % (self.span(), self.group())


class _Regex:
    """A compiled pattern (a subset of re.Pattern)."""

    def __init__(self, pattern, flags=0):
        parser = _Parser(pattern, flags)
        self._matcher = parser.compile()
        self.pattern = pattern
        self.flags = parser.flags
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)

    def __repr__(self):
        return "_Regex(%r, %d)" % (self.pattern, self.flags)

    def _match_at(self, text, pos, reject_empty=False):
        st = _State(text, self.groups)

        def done(j):
            if reject_empty and j == pos:
                return None
            return j

        end = self._matcher(st, pos, done)
        if end is None:
            return None
        st.spans[0] = (pos, end)
        return _Match(self, text, st.spans)

    def match(self, text, pos=0):
        return self._match_at(text, pos)

    def search(self, text, pos=0):
        for start in range(pos, len(text) + 1):
            found = self._match_at(text, start)
            if found is not None:
                return found
        return None

    def finditer(self, text):
        pos = 0
        reject_empty = False
        while pos <= len(text):
            found = self._match_at(text, pos, reject_empty)
            if found is None:
                pos += 1
                reject_empty = False
                continue
            yield found
            start, end = found.span()
            # After an empty match the next one must not be empty there.
            reject_empty = start == end
            pos = end

    def sub(self, repl, text, count=0):
        pieces = []
        last = 0
        done = 0
        for found in self.finditer(text):
            if count and done >= count:
                break
            pieces.append(text[last:found.start()])
            pieces.append(repl(found) if callable(repl) else repl)
            last = found.end()
            done += 1
        pieces.append(text[last:])
        return "".join(pieces)


####################################################################
# Template: $-substitution

class _LayeredMapping:
    """Look keys up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}


def _merged(mapping, kws):
    """The mapping substitute() reads: the keywords override the mapping."""
    if mapping is _sentinel_dict:
        return kws
    if kws:
        return _LayeredMapping(kws, mapping)
    return mapping


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar.

    substitute() fills them from a mapping and/or keywords (KeyError for a
    missing name, ValueError for a malformed placeholder); safe_substitute()
    leaves those as they are.  Subclasses may change delimiter, idpattern,
    braceidpattern, flags, or the whole pattern.
    """

    delimiter = "$"
    # Matched with IGNORECASE; (?a:) keeps non-ASCII letters out, which
    # IGNORECASE would otherwise let in (the Kelvin sign matches 'k').
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _escape(cls.delimiter)
            ident = cls.idpattern
            brace_ident = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # two delimiters: a literal one
              (?P<named>{ident})    |   # the delimiter and an identifier
              {{(?P<braced>{brace_ident})}} |   # ... or a braced identifier
              (?P<invalid>)             # any other use of the delimiter
            )
            """
        if isinstance(pattern, _Regex):
            pattern = pattern.pattern
        cls.pattern = _Regex(pattern, cls.flags | _VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(_merged(mapping, kws), safe=False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._render(_merged(mapping, kws), safe=True)

    def _render(self, mapping, safe):
        """Replace every placeholder; when safe, keep the ones that cannot
        be filled (unknown names, malformed placeholders) as they are."""
        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            # A custom pattern matched without any of the four groups.
            raise ValueError("Unrecognized named group in pattern",
                             self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None
                    and mo.group("braced") is None
                    and mo.group("escaped") is None):
                # The pattern has a group the methods do not know about.
                raise ValueError("Unrecognized named group in pattern",
                                 self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None
                  and mo.group("invalid") is None
                  and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern",
                                 self.pattern)
        return ids


# Compile Template's own pattern (subclasses get theirs automatically).
Template.__init_subclass__()


####################################################################
# Formatter: str.format() in overridable pieces


def _parse_format(format_string):
    """Split a format string into (literal_text, field_name, format_spec,
    conversion) tuples, like str.format() does.  For a literal without a
    field after it the last three are None."""
    text = format_string
    end = len(text)
    pos = 0
    while pos < end:
        # Literal text up to the next brace.
        start = pos
        brace = ""
        while pos < end:
            ch = text[pos]
            pos += 1
            if ch == "{" or ch == "}":
                brace = ch
                break
        at_end = pos >= end
        literal_end = pos
        if brace == "}" and (at_end or text[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if brace == "{" and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace and text[pos] == brace:
            # A doubled brace stands for itself; the literal keeps one.
            pos += 1
            yield text[start:literal_end], None, None, None
            continue
        if not brace:
            yield text[start:literal_end], None, None, None
            continue
        literal = text[start:literal_end - 1]
        field_name, format_spec, conversion, pos = _parse_field(text, pos)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, pos):
    """Parse a replacement field after its '{': return (field_name,
    format_spec, conversion, position after the closing '}')."""
    end = len(text)
    name_start = pos
    ch = ""
    # The field name ends at '}', ':' or '!' (but not inside brackets).
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == "{":
            raise ValueError("unexpected '{' in field name")
        if ch == "[":
            while pos < end and text[pos] != "]":
                pos += 1
        elif ch in ("}", ":", "!"):
            break
    if ch not in ("}", ":", "!"):
        raise ValueError("expected '}' before end of string")
    field_name = text[name_start:pos - 1]
    if ch == "}":
        return field_name, "", None, pos
    conversion = None
    if ch == "!":
        if pos >= end:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = text[pos]
        pos += 1
        if pos < end:
            ch = text[pos]
            pos += 1
            if ch == "}":
                return field_name, "", conversion, pos
            if ch != ":":
                raise ValueError("expected ':' after conversion specifier")
    # The format spec runs to the matching '}'; it may nest fields.
    spec_start = pos
    depth = 1
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _field_index(text):
    """A field name part made of digits is an index; otherwise None."""
    if text and all(ch.isdecimal() for ch in text):
        return int(text)
    return None


def _split_field_name(field_name):
    """Split 'a.b[0]' into ('a', iterator of (is_attribute, key))."""
    end = len(field_name)
    pos = 0
    while pos < end and field_name[pos] not in ".[":
        pos += 1
    first = field_name[:pos]
    index = _field_index(first)
    return (first if index is None else index), _field_name_rest(field_name, pos)


def _field_name_rest(field_name, pos):
    end = len(field_name)
    while pos < end:
        ch = field_name[pos]
        pos += 1
        if ch == ".":
            start = pos
            while pos < end and field_name[pos] not in ".[":
                pos += 1
            name = field_name[start:pos]
            is_attribute = True
            key = name
        elif ch == "[":
            start = pos
            while pos < end and field_name[pos] != "]":
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            name = field_name[start:pos]
            pos += 1
            is_attribute = False
            index = _field_index(name)
            key = name if index is None else index
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
        if not name:
            raise ValueError("Empty attribute in format string")
        yield is_attribute, key


class Formatter:
    """The machinery of str.format(), as methods that can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '{}' takes the next positional argument; numbering fields
            # automatically and by hand cannot be mixed.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython reports both mix-ups with the same message.)
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field "
                                     "numbering")
                auto_arg_index = False

            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The format spec may itself contain fields.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples.  A tuple with field_name None has no field."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Find the object a field refers to; return it and the key used
        to look it up in args/kwargs ('0.name' -> key 0)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            if is_attribute:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
