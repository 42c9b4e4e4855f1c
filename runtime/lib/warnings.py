"""Warnings: warn(), the filters that decide what happens to a warning
(printed, ignored, raised, once...), and catch_warnings()."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message regex text or None, category, module text or None, lineno)
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    # CPython checks these arguments with assert statements.
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, message or None, category, module or None, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _pattern_matches(pattern, text, whole):
    """The filters' regular expressions, for the forms they take in
    practice: literal text, '.*', and a trailing '$'. The message pattern
    matches case-insensitively at the start; the module one must match the
    whole name."""
    if pattern is None:
        return True
    anchored = whole or pattern.endswith("$") and not pattern.endswith("\\$")
    if pattern.endswith("$"):
        pattern = pattern[:-1]
    if not whole:
        pattern, text = pattern.lower(), text.lower()
    parts = pattern.split(".*")
    literal = [p.replace("\\.", ".") for p in parts]
    pos = 0
    for i, part in enumerate(literal):
        if i == 0:
            if not text.startswith(part):
                return False
            pos = len(part)
            continue
        found = text.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    if anchored and len(parts) == 1:
        return pos == len(text)
    if anchored:
        return text.endswith(literal[-1])
    return True


# ---- showing ----

def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += f"  {line.strip()}\n"
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


_showwarning_orig = showwarning


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


def _showwarnmsg(msg):
    show = showwarning
    if show is not _showwarning_orig:
        if not callable(show):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        show(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarning_orig(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# ---- warn ----

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not "
                        f"'{type(category).__name__}'")
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if (_pattern_matches(msg, text, False) and issubclass(category, cat)
                and _pattern_matches(mod, module, True) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        alt_key = (text, category, 0)
        if registry.get(alt_key):
            return
        registry[alt_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {action}")
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """A context manager that copies and, on exit, restores the warnings
    filters and showwarning(); with record=True it collects the warnings
    in a list instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        m = self._module
        self._saved_filters = m.filters
        m.filters = m.filters[:]
        m._filters_mutated()
        self._saved_show = m.showwarning
        self._saved_showmsg = m._showwarnmsg
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        m = self._module
        m.filters = self._saved_filters
        m._filters_mutated()
        m.showwarning = self._saved_show
        m._showwarnmsg = self._saved_showmsg


# CPython's default filters (a release build, no -W options).
filters[:] = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
