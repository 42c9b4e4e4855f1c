"""Enumerations: classes whose instances are a fixed set of named constants.

Writing ``class Color(Enum): RED = 1`` turns ``Color.RED`` into an instance
of ``Color`` -- a *member* -- whose ``name`` is ``'RED'`` and whose
``value`` is ``1``.  The metaclass :class:`EnumType` does the work:

* while the class body runs, its namespace (an :class:`_EnumDict` made by
  ``__prepare__``) decides which assignments are members, resolves
  :class:`auto` values and refuses names bound twice;
* when the class is made, each future member is a placeholder whose
  ``__set_name__`` creates the real member, so ``__init_subclass__``
  already sees the finished members;
* afterwards the class behaves as a container: iteration in definition
  order, ``len()``, ``in``, ``Color(1)`` (by value), ``Color['RED']`` (by
  name), and assignments to members are refused.

Variants: :class:`IntEnum` and :class:`StrEnum` (members are ints or
strings, and print like them), :class:`Flag` and :class:`IntFlag` (members
combine with ``| & ^ ~``; see :class:`FlagBoundary` for values outside the
defined bits).  Helpers: :func:`unique`, :class:`verify`, :func:`member`,
:func:`nonmember`, :class:`property`, :func:`global_enum` and the
functional form ``Enum('Color', 'RED GREEN')``.

The behaviour (reprs, messages, corner cases) is that of CPython 3.11.
"""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
        'EnumType', 'EnumMeta',
        'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
        'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
        'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
        'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
        'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
        'pickle_by_global_name', 'pickle_by_enum_name',
        ]

# EnumType treats the classes Enum, ReprEnum and Flag (and the boundary
# EJECT) specially, and needs to know whether they exist yet while it is
# making them.
Enum = Flag = EJECT = ReprEnum = None


def _warn_deprecated(message, stacklevel):
    """Emit a DeprecationWarning, when the warnings module is available."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel + 1)


# ---------------------------------------------------------------------------
# Small predicates and bit utilities
# ---------------------------------------------------------------------------

def _is_descriptor(obj):
    # Methods, properties and other descriptors are never members.
    for attr in ('__get__', '__set__', '__delete__'):
        if hasattr(obj, attr):
            return True
    return False


def _is_dunder(name):
    # "__x__" with a non-underscore right inside each pair.
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    # "_x_" with a non-underscore right inside each underscore.
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # A name-mangled "__x" of the class body: "_Cls__x" (not "__x__").
    prefix = '_%s__' % cls_name
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_internal_class(cls_name, obj):
    # A class statement nested directly in the enum's body.
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    nested = '%s.%s' % (cls_name, getattr(obj, '__name__', ''))
    return qualname == nested or qualname.endswith('.' + nested)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    # Index of the highest set bit (-1 for zero).
    return value.bit_length() - 1


def _power_of_two(value):
    return value >= 1 and value == 2 ** _high_bit(value)


def _iter_bits_lsb(num):
    """Yield the set bits of a non-negative int (or flag), lowest first."""
    given = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % given)
    while num:
        lowest = num & -num
        yield lowest
        num &= ~lowest


def show_flag_values(value):
    """List the single-bit values that make up ``value``."""
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Binary text of ``num`` with a separate sign digit: ``'0b0 1010'``
    for 10 and ``'0b1 0101'`` for ~10 (two's complement); ``max_bits``
    pads the digits (with the sign digit) to that width."""
    width = num.bit_length()
    if num >= 0:
        digits = format(num, 'b') if num else ''
        sign = '0'
    else:
        # Two's complement in width+1 bits, without its leading 1.
        digits = format(num + 2 ** (width + 1), 'b')[1:]
        sign = '1'
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return '0b%s %s' % (sign, digits)


def _make_class_unpicklable(obj):
    """Make an enum class (or the namespace it is built from) refuse to be
    pickled: done when the defining module is unknown."""
    def refuse_pickling(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    settings = {'__reduce_ex__': refuse_pickling, '__module__': '<unknown>'}
    for name, value in settings.items():
        if isinstance(obj, dict):
            obj[name] = value
        else:
            setattr(obj, name, value)


# ---------------------------------------------------------------------------
# Markers for class bodies
# ---------------------------------------------------------------------------

class nonmember(object):
    """Wrap a value in an enum class body to keep it a plain attribute."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Wrap a value (e.g. a function) in an enum class body to make it a
    member even though it would otherwise not be one."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


# The value of an auto() that has not been assigned one yet.
_auto_null = _AutoNull()


class auto:
    """Stands for a member value to be computed by the enum's
    ``_generate_next_value_`` (1, 2, 3... for Enum; powers of two for
    Flag; the lower-cased name for StrEnum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class property(DynamicClassAttribute):
    """An attribute of enum members that does not hide a member of the same
    name on the class.

    On a member it acts like the built-in property; looked up on the enum
    class it gives the member with that name (or AttributeError).  The
    ``name`` and ``value`` attributes of members are such properties.
    """

    # Set by __set_name__.
    name = None
    clsname = None

    def __get__(self, instance, ownerclass=None):
        if instance is not None and self.fget is not None:
            return self.fget(instance)
        # On the class, or a redirect without getter: the member.
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            error = AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            if instance is not None:
                error.__suppress_context__ = True
            raise error

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                    "<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                    "<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---------------------------------------------------------------------------
# The class-body namespace
# ---------------------------------------------------------------------------

# Sunder names an enum class body may use.
_ENUM_SUNDERS = frozenset((
        '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
        '_ignore_', '_iter_member_', '_iter_member_by_value_',
        '_iter_member_by_def_',
        ))


class _EnumDict(dict):
    """Namespace of an enum class body.

    Records, in order, which names become members (``_member_names``),
    replaces :class:`auto` by generated values, and raises when a member
    name is bound twice or a reserved ``_sunder_`` name is used.
    """

    def __init__(self):
        super().__init__()
        self._member_names = {}     # dict keys: ordered and fast to test
        self._last_values = []      # member values so far, for auto()
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            _warn_deprecated(
                    "In 3.13 classes created inside an enum will not become a member.  "
                    "Use the `member` decorator to keep the current behavior.",
                    stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            value = self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            # A new member.
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._assign_auto_values(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        # Returns the value to store.
        if key not in _ENUM_SUNDERS:
            raise ValueError(
                    '_sunder_ names, such as %r, are reserved for future Enum use'
                    % (key,))
        if key == '_generate_next_value_':
            # Values handed out by auto() so far came from the old one.
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            if isinstance(value, staticmethod):
                self._generate_next_value = value.__func__
            else:
                self._generate_next_value = value
        elif key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            else:
                value = list(value)
            self._ignore = value
            clash = set(value) & set(self._member_names)
            if clash:
                raise ValueError(
                        '_ignore_ cannot specify already set names: %r' % (clash,))
        return value

    def _assign_auto_values(self, key, value):
        """Return value with auto() placeholders (the value itself, or items
        of a plain tuple) replaced, remembering the values for later
        auto() calls."""
        if isinstance(value, auto):
            items, single = (value,), True
        else:
            items, single = value, False
        if type(items) is not tuple or not any(isinstance(v, auto) for v in items):
            self._last_values.append(value)
            return value
        result = []
        for item in items:
            if isinstance(item, auto):
                if item.value == _auto_null:
                    item.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                item = item.value
                self._last_values.append(item)
            result.append(item)
        return result[0] if single else tuple(result)

    def update(self, members, **more_members):
        # Every item goes through __setitem__.
        if hasattr(members, 'keys'):
            pairs = [(name, members[name]) for name in members.keys()]
        else:
            pairs = members
        for name, value in pairs:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


class _proto_member:
    """Stands in the class namespace for a future member; ``__set_name__``,
    called as the class is made, creates the member from the value."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        new_member = _create_member(enum_class, member_name, self.value)
        _register_member(enum_class, member_name, new_member)


def _create_member(enum_class, member_name, value):
    """Make the member object for ``member_name = value``."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        # Tuple-based enums take the whole tuple as one argument.
        args = (args,)
    if enum_class._use_args_:
        new_member = enum_class._new_member_(enum_class, *args)
    else:
        new_member = enum_class._new_member_(enum_class)
    if not hasattr(new_member, '_value_'):
        if enum_class._member_type_ is object:
            new_member._value_ = value
        else:
            try:
                new_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                error = TypeError('_value_ not set in __new__, unable to create it')
                error.__cause__ = exc
                raise error
    new_member._name_ = member_name
    new_member.__objclass__ = enum_class
    new_member.__init__(*args)
    new_member._sort_order_ = len(enum_class._member_names_)
    return new_member


def _register_member(enum_class, member_name, new_member):
    """Record a new member (or, for a repeated value, an alias) in the
    class's maps and make ``enum_class.<member_name>`` return it."""
    value = new_member._value_
    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag:
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

    existing = None
    try:
        existing = enum_class._value2member_map_.get(value)
    except TypeError:
        # An unhashable value is looked for the slow way.
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                existing = candidate
                break
    if existing is not None:
        new_member = existing       # an alias
    elif not is_flag or _is_single_bit(value):
        # Canonical members; multi-bit flags are listed only in the map.
        enum_class._member_names_.append(member_name)

    # A base class attribute of the same name (such as the name and value
    # properties) must keep working on members: install a redirect that
    # gives the member on the class and the attribute on instances.
    inherited = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(member_name)
        if attr is None:
            continue
        if isinstance(attr, property):
            inherited = attr
            break
        if all(hasattr(attr, a) for a in ('fget', 'fset', 'fdel')):
            inherited = attr
    if inherited:
        redirect = property()
        redirect.member = new_member
        redirect.__set_name__(enum_class, member_name)
        redirect.fget = inherited.fget
        redirect.fset = inherited.fset
        redirect.fdel = inherited.fdel
        setattr(enum_class, member_name, redirect)
    else:
        setattr(enum_class, member_name, new_member)

    enum_class._member_map_[member_name] = new_member
    try:
        enum_class._value2member_map_.setdefault(value, new_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


# ---------------------------------------------------------------------------
# The metaclass
# ---------------------------------------------------------------------------

# Per-class attributes that only Flag classes keep.
_FLAG_ATTRS = ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_',
               '_inverted_')


class EnumType(type):
    """The metaclass of enumerations: collects members from the class body
    and makes the class a read-only container of them."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            # auto() uses the inherited generator unless the body defines
            # its own (before any auto()).
            namespace['_generate_next_value_'] = getattr(
                    first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)

        if not isinstance(classdict, _EnumDict):
            # A namespace that did not come from __prepare__ (the metaclass
            # called with a plain dict): pass it through one, in order.
            namespace = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                namespace[key] = value
            classdict = namespace

        # Drop the names listed in _ignore_ (and _ignore_ itself).
        ignored = classdict.setdefault('_ignore_', [])
        ignored.append('_ignore_')
        for key in ignored:
            classdict.pop(key, None)

        member_names = list(classdict._member_names)
        bad_names = set(member_names) & {'mro', ''}
        if bad_names:
            raise ValueError('invalid enum member name(s) %s' % (
                    ','.join(repr(n) for n in bad_names)))

        order = classdict.pop('_order_', None)
        body = dict(classdict.items())

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(
                body, member_type, first_enum)
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        for name in member_names:
            body[name] = _proto_member(body[name])
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        # Flag bookkeeping; removed below from classes that are no Flag.
        body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        body['_flag_mask_'] = 0
        body['_singles_mask_'] = 0
        body['_all_bits_'] = 0
        body['_inverted_'] = None

        # The members are created (by _proto_member.__set_name__) while
        # type.__new__ runs; an error there may come wrapped in a
        # RuntimeError, which is taken off again.
        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as exc:
            failure = exc.__cause__ or exc
        if failure is not None:
            raise failure

        # __init_subclass__ may have added attributes.
        body.update(enum_class.__dict__)
        metacls._choose_special_methods(enum_class, bases, body, member_type, first_enum)

        if Enum is not None:
            # Calling the class looks members up; a __new__ of the body is
            # kept as __new_member__ for subclasses.
            if save_new:
                enum_class.__new_member__ = new_member
            enum_class.__new__ = Enum.__new__

        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag or (Flag is None and cls == 'Flag'):
            if is_flag:
                order = metacls._setup_flag_iteration(enum_class, order)
        else:
            for name in _FLAG_ATTRS:
                delattr(enum_class, name)
        if order:
            metacls._check_order(enum_class, order)
        return enum_class

    @staticmethod
    def _choose_special_methods(enum_class, bases, body, member_type, first_enum):
        """Pick repr/str/format (and Flag's operators) for a new class."""
        if ReprEnum is not None and ReprEnum in bases:
            # ReprEnum: only repr() is the enum's; str() and format() are
            # the data type's.
            if member_type is object:
                raise TypeError(
                        'ReprEnum subclasses must be mixed with a data type (i.e.'
                        ' int, str, float, etc.)')
            if '__format__' not in body:
                enum_class.__format__ = member_type.__format__
                body['__format__'] = enum_class.__format__
            if '__str__' not in body:
                str_method = member_type.__str__
                if str_method is object.__str__:
                    # That would end up in the enum's __repr__.
                    str_method = member_type.__repr__
                enum_class.__str__ = str_method
                body['__str__'] = enum_class.__str__
        # Otherwise the enum's versions beat the data type's and object's.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in body:
                continue
            current = getattr(enum_class, name)
            if current in (getattr(member_type, name), getattr(object, name)):
                setattr(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__',
                         '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in body:
                    operator = getattr(Flag, name)
                    setattr(enum_class, name, operator)
                    body[name] = operator

    @staticmethod
    def _setup_flag_iteration(enum_class, order):
        """Flags iterate by value unless defined out of value order; multi-bit
        names are dropped from _order_.  Returns the adjusted _order_."""
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
        if order:
            order = [name for name in order
                     if name not in enum_class._member_map_
                     or _is_single_bit(enum_class[name]._value_)]
        return order

    @staticmethod
    def _check_order(enum_class, order):
        # Aliases are not canonical members, so they are left out.
        canonical = enum_class._member_names_
        order = [name for name in order
                 if name not in enum_class._member_map_ or name in canonical]
        if order != canonical:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (canonical, order))

    def __bool__(cls):
        # Enum classes are true even without members (despite __len__).
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """``Color(value)`` returns the member with that value.

        ``Enum('Name', names, ...)`` makes a new enum class instead:
        ``names`` is a string of names separated by spaces or commas, a
        sequence of names, a sequence of (name, value) pairs or a mapping;
        generated values start at ``start``.  ``module`` and ``qualname``
        say where the new class lives, ``type`` is a data type to mix in
        and ``boundary`` is the FlagBoundary of a new Flag.
        """
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        """Whether ``member`` is a member of this enum; anything that is no
        enum member at all is a TypeError (in 3.11)."""
        if not isinstance(member, Enum):
            _warn_deprecated(
                    "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                    "False depending on whether the value is a member or the value of a member",
                    stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__iter__', '__len__', '__members__', '__module__',
                 '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # Members are normally found in the class dict; this covers the
        # rest (and keeps dunder lookups fast to fail).
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        # Canonical members in definition order (aliases left out).
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of every member name (aliases included) to its
        member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        # Rebinding a member name on the class would leave the member maps
        # inconsistent, so it is refused.
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: build an enum class named ``class_name``
        (derived from ``cls``) from ``names``; see ``__call__``."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            # Bare names get generated values.
            pairs = []
            values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, values[:])
                values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()

        for item in names:
            if isinstance(item, str):
                # names is a mapping
                classdict[item] = names[item]
            else:
                member_name, member_value = item
                classdict[member_name] = member_value

        if module is None:
            # The caller's module, where frames can be inspected.
            getframe = getattr(sys, '_getframe', None)
            if getframe is not None:
                try:
                    module = getframe(2).f_globals['__name__']
                except (AttributeError, ValueError, KeyError):
                    pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname

        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enum ``name`` from the module-level constants of
        ``module`` (or of ``source``) whose names pass ``filter``, and
        install it (and its members) in that module."""
        module_globals = vars(sys.modules[module])
        source = vars(source) if source else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            # By value, so that which names become aliases is stable.
            members.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            members.sort(key=lambda pair: pair[0])
        body = dict(members)
        body['__module__'] = module
        plain = _builtins.type(name, (object,), body)
        new_enum = _simple_enum(etype=cls, boundary=boundary or KEEP)(plain)
        if as_global:
            global_enum(new_enum)
        else:
            for key, value in new_enum.__members__.items():
                vars(sys.modules[new_enum.__module__])[key] = value
        module_globals[name] = new_enum
        return new_enum

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for base in bases:
            for ancestor in base.__mro__:
                if isinstance(ancestor, EnumType) and ancestor._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, ancestor))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """Return (data type of the members, the enum class to derive from)
        for an enum with these bases."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                    "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        # The repr used for member values: that of the nearest enum, or of
        # the first class defining __repr__.
        for base in bases:
            for ancestor in base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    return ancestor._value_repr_
                if '__repr__' in ancestor.__dict__:
                    return ancestor.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # In each base's MRO the data type is the first class with its own
        # __new__ (or a dataclass) -- or rather the first plain class before
        # it, which derives from it.  At most one is allowed.
        found = set()
        for base in bases:
            candidate = None
            for ancestor in base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    if ancestor._member_type_ is not object:
                        found.add(ancestor._member_type_)
                        break
                elif '__new__' in ancestor.__dict__ or '__dataclass_fields__' in ancestor.__dict__:
                    found.add(candidate or ancestor)
                    break
                elif candidate is None:
                    candidate = ancestor
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """Return (the __new__ that creates members, whether it comes from
        the class body, whether it takes the member value as arguments)."""
        new_member = classdict.get('__new__')
        save_new = first_enum is not None and new_member is not None
        if new_member is None:
            # A saved __new_member__, else a real __new__, of the data type
            # or the base enum.
            plain = {None, None.__new__, object.__new__, Enum.__new__}
            for attr in ('__new_member__', '__new__'):
                for owner in (member_type, first_enum):
                    candidate = getattr(owner, attr, None)
                    if candidate not in plain:
                        new_member = candidate
                        break
                if new_member is not None:
                    break
            else:
                new_member = object.__new__
        use_args = not (first_enum is None
                        or new_member in (Enum.__new__, object.__new__))
        return new_member, save_new, use_args


EnumMeta = EnumType


# ---------------------------------------------------------------------------
# The enumeration classes
# ---------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class of enumerations.

    Subclass it and bind the member names in the class body::

        class Color(Enum):
            RED = 1
            GREEN = 2

    ``Color.RED`` (attribute), ``Color(1)`` (by value) and
    ``Color['RED']`` (by name) all give the same member; ``list(Color)``
    and ``len(Color)`` cover the members in definition order.
    """

    def __new__(cls, value):
        # Only reached through Color(value): members are all made when the
        # class is, so this just finds one.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)

        # The _missing_ hook may still come up with a member.
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error, result = exc, None
        else:
            error = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if error is None:
            if result is None:
                raise not_valid
            error = TypeError(
                    'error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value for ``name = auto()``: one more than the last value
        (``start`` for the first member)."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            # The last value is not the largest: fall back (with a warning).
            raise TypeError
        except TypeError:
            _warn_deprecated(
                    "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be sortable and support adding +1\n"
                    "and the value returned will be the largest value in the enum incremented by 1",
                    # (the frame of the class body, through __setitem__ and
                    # _assign_auto_values)
                    stacklevel=4)
            for earlier in reversed(last_values):
                try:
                    return earlier + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self.__class__._member_type_ is not object:
            names.update(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                names.add(name)
        for klass in self.__class__.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    # A redirect for a member is not an attribute.
                    if obj.fget is not None or name not in self._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in self._member_map_:
                    names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (only
    repr() shows the member)."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strings; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        # The arguments of str(): a str, or bytes with encoding [, errors].
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        new_member = str.__new__(cls, value)
        new_member._value_ = value
        return new_member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    # For enums whose members are exported to the module namespace.
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # Pickle as getattr(EnumClass, name).
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member defines:

    STRICT  -- ValueError (default for Flag)
    CONFORM -- the unknown bits are dropped
    EJECT   -- the plain int is returned instead of a member
    KEEP    -- the bits are kept in the flag (default for IntFlag)
    """
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members are bit flags that combine with ``|``, ``&``,
    ``^`` and ``~``; combinations are members too (made on demand)."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        # The next power of two above the largest value so far.
        if not count:
            return start if start is not None else 1
        largest = max(last_values)
        try:
            high_bit = _high_bit(largest)
        except Exception:
            raise TypeError('invalid flag value %r' % largest) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        # The single-bit members in value, lowest bit first.
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        # The single-bit members in value, in definition order.
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # Any int not already known: apply the boundary to out-of-range
        # values, then make (and cache) a pseudo-member for the
        # combination, named after the members it contains.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        boundary = cls._boundary_
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        # Out of range: beyond the highest defined bit (either sign), or
        # using a bit below it that no member defines.
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                        cls, value, bin(value, width), bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        negative = None
        if value < 0:
            # ~member: the complement within the defined bits.
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))

        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = cls._composite_name(value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    @classmethod
    def _composite_name(cls, value):
        """The name of the pseudo-member for value, e.g. 'R|W' or 'R|8';
        None when no member is part of it."""
        singles = value & cls._singles_mask_
        others = value & ~cls._singles_mask_
        if not (singles or others):
            return None
        parts = list(cls._iter_member_(singles))
        covered = 0
        for part in parts:
            covered |= part._value_
        if others:
            # Multi-bit members whose bits are all present.
            for candidate in cls._member_map_.values():
                bits = candidate._value_
                if candidate not in parts and bits and bits & value == bits:
                    parts.append(candidate)
                    covered |= bits
        if not covered:
            return None
        leftover = value ^ covered
        name = '|'.join(part._name_ for part in parts)
        if leftover:
            if cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, leftover))
            name += '|%s' % cls._numeric_repr_(leftover)
        return name

    def __contains__(self, other):
        """Whether all flags of other are set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        # The int to combine with, or None when other does not combine:
        # members of this class, or plain data-type values for IntFlag.
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints; unknown bits are kept."""


# ---------------------------------------------------------------------------
# Class decorators and repr helpers
# ---------------------------------------------------------------------------

def _aliases(enumeration):
    """(alias, canonical name) pairs of an enumeration, in definition order."""
    return [(name, member_.name)
            for name, member_ in enumeration.__members__.items()
            if name != member_.name]


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias (shares
    its value with an earlier member)."""
    duplicates = _aliases(enumeration)
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    """repr() as ``module.NAME`` (last part of the module name)."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of flags as ``module.A|module.B``."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    parts = []
    for part in self._name_.split('|'):
        if self._boundary_ is FlagBoundary.KEEP and part[0].isdigit():
            # Unnamed bits kept by IntFlag print as a plain number.
            parts.append(part)
        else:
            parts.append('%s.%s' % (module, part))
    return '|'.join(parts)


def global_str(self):
    """str() as the bare member name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members print as ``module.NAME`` and are copied
    into the module's namespace, like the module's own constants."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    namespace = vars(sys.modules[cls.__module__])
    for name, value in cls.__members__.items():
        namespace[name] = value
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class into an enum of type ``etype``
    (used for the library's own enums).  The class body is replayed into
    an enum namespace, so the result equals a ``class X(etype)`` statement.
    """
    def convert_class(cls):
        metacls = type(etype)
        bases = (etype,)
        classdict = metacls.__prepare__(cls.__name__, bases)
        for name, value in cls.__dict__.items():
            if name not in ('__dict__', '__weakref__'):
                classdict[name] = value
        if cls.__dict__.get('__doc__') is None:
            classdict['__doc__'] = 'An enumeration.'
        return metacls.__new__(metacls, cls.__name__, bases, classdict,
                               boundary=boundary)
    return convert_class


@_simple_enum(StrEnum)
class EnumCheck:
    """The properties :class:`verify` can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration for the given
    :class:`EnumCheck` properties; ValueError when one does not hold."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                self._check_unique(enumeration)
            elif check is CONTINUOUS:
                self._check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                self._check_named_flags(enumeration)
        return enumeration

    @staticmethod
    def _check_unique(enumeration):
        duplicates = _aliases(enumeration)
        if duplicates:
            details = ', '.join('%s -> %s' % pair for pair in duplicates)
            raise ValueError('aliases found in %r: %s' % (enumeration, details))

    @staticmethod
    def _check_continuous(enumeration, kind):
        values = {m.value for m in enumeration}
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        if kind == 'flag':
            # No power of two missing between the lowest and highest.
            expected = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))]
        else:
            expected = list(range(low + 1, high))
        missing = [v for v in expected if v not in values]
        if missing:
            message = 'invalid %s %r: missing values %s' % (
                    kind, enumeration.__name__, ', '.join(str(m) for m in missing))
            # Kept short, however many are missing.
            raise ValueError(message[:256])

    @staticmethod
    def _check_named_flags(enumeration):
        # Every bit of a (non-negative) alias must be a canonical member.
        canonical = enumeration._member_names_
        member_values = [m.value for m in enumeration]
        missing_names = []
        missing_bits = 0
        for name, alias in enumeration._member_map_.items():
            if name in canonical or alias.value < 0:
                continue
            unnamed = [bit for bit in _iter_bits_lsb(alias.value)
                       if bit not in member_values]
            if unnamed:
                missing_names.append(name)
                for bit in unnamed:
                    missing_bits |= bit
        if not missing_names:
            return
        if len(missing_names) == 1:
            alias_text = 'alias %s is missing' % missing_names[0]
        else:
            alias_text = 'aliases %s and %s are missing' % (
                    ', '.join(missing_names[:-1]), missing_names[-1])
        if _is_single_bit(missing_bits):
            value_text = 'value 0x%x' % missing_bits
        else:
            value_text = 'combined values of 0x%x' % missing_bits
        raise ValueError(
                'invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                % (enumeration.__name__, alias_text, value_text))
