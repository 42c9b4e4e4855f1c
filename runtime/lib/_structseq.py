"""Named records that are tuples (CPython's "struct sequences"), such as
`sys.float_info` and `time.struct_time`: indexable and unpackable like a
tuple, with a read-only attribute per field and a repr naming them."""


def structseq(qualname, fields, n_sequence=None):
    """Returns an instance, or with `fields` as names only, the class.

    `qualname` is "module.name". `fields` is a sequence of (name, value)
    pairs (the record itself is returned) or of names (the class is
    returned). The first `n_sequence` fields (all by default) are the
    tuple's items; the rest are attributes only, as in os.stat_result."""
    module, _, name = qualname.rpartition(".")
    pairs = fields and not isinstance(fields[0], str)
    names = tuple(f[0] for f in fields) if pairs else tuple(fields)
    n_seq = len(names) if n_sequence is None else n_sequence
    cls = _make_class(module, name, names, n_seq)
    if pairs:
        return cls(tuple(f[1] for f in fields))
    return cls


def _make_class(module, name, names, n_seq):
    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(items)
        if n < n_seq:
            raise TypeError(
                f"{module}.{name}() takes an at least {n_seq}-sequence ({n}-sequence given)"
                if n_seq != len(names)
                else f"{module}.{name}() takes a {n_seq}-sequence ({n}-sequence given)")
        if n > len(names):
            raise TypeError(
                f"{module}.{name}() takes an at most {len(names)}-sequence ({n}-sequence given)"
                if n_seq != len(names)
                else f"{module}.{name}() takes a {n_seq}-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, items[:n_seq])
        extra = list(items[n_seq:]) + [None] * (len(names) - n)
        if dict:
            for i, field in enumerate(names[n_seq:]):
                if field in dict and i >= n - n_seq:
                    extra[i] = dict[field]
        object.__setattr__(self, "_extra", tuple(extra))
        return self

    def __repr__(self):
        shown = ", ".join(f"{f}={v!r}" for f, v in zip(names, self))
        return f"{module}.{name}({shown})"

    def __reduce__(self):
        return (type(self), (tuple(self),))

    def __setattr__(self, attr, value):
        raise AttributeError("readonly attribute")

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__reduce__": __reduce__,
        "__setattr__": __setattr__,
        "__module__": module,
        "n_sequence_fields": n_seq,
        "n_fields": len(names),
        "n_unnamed_fields": 0,
        "_fields": names,
        "__match_args__": names[:n_seq],
    }
    for i, field in enumerate(names):
        if i < n_seq:
            ns[field] = property(lambda self, i=i: tuple.__getitem__(self, i))
        else:
            ns[field] = property(lambda self, i=i - n_seq: self._extra[i])
    return type(name, (tuple,), ns)
