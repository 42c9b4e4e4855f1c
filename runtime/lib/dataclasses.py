"""Data classes: special methods generated from annotated class fields.

Decorating a class with :func:`dataclass` turns each of its own annotated
names (in definition order, after those of dataclass bases) into a
:class:`Field` and adds ``__init__``, ``__repr__`` and ``__eq__``; on request
also ordering methods, ``__hash__``, protection against assignment
(``frozen``), ``__match_args__`` and ``__slots__``.

Generated methods that need a real parameter list or should run as fast as
hand-written code (``__init__``, comparisons, ``__hash__``...) are compiled
from source text with ``exec``.  The values that text refers to (defaults,
factories, the class itself) are handed to an enclosing factory function, so
inside the method they are closure variables, not names of the user's
module.

The module also offers :func:`field`, :func:`fields`, :func:`asdict`,
:func:`astuple`, :func:`replace`, :func:`is_dataclass`,
:func:`make_dataclass`, and the markers :data:`MISSING`, :data:`KW_ONLY`
and :class:`InitVar`.  Behaviour follows CPython 3.11.
"""

import sys
import types

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


# ---------------------------------------------------------------------------
# Markers
# ---------------------------------------------------------------------------

class FrozenInstanceError(AttributeError):
    """A field of a frozen dataclass instance was assigned or deleted."""


class _MISSING_TYPE:
    """The type of MISSING, which stands for "not given"."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY; annotating a pseudo-field with it makes the
    fields after it keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a factory:
    # "call the factory".  Shows as <factory> in signatures.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    # The kinds of entries in __dataclass_fields__.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')                    # a real field
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')  # ClassVar[...]: no field
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')    # InitVar[...]: __init__ only

# Where the decorator leaves its results on the class.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'

_POST_INIT_NAME = '__post_init__'

# make_dataclass() refuses these as field names.
_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
))

_GenericAlias = types.GenericAlias
_FunctionType = types.FunctionType

# Field metadata is exposed read-only.
_MappingProxy = types.MappingProxyType
_EMPTY_METADATA = _MappingProxy({})


class InitVar:
    """Annotation for an init-only pseudo-field: ``x: InitVar[int]`` makes
    ``x`` a parameter of ``__init__`` that is passed to ``__post_init__``
    instead of being stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            shown = self.type.__name__
        else:
            shown = repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


# ---------------------------------------------------------------------------
# Fields
# ---------------------------------------------------------------------------

class Field:
    """Everything known about one field of a dataclass.

    Made by :func:`field` or, for a plain default, by the decorator, which
    also fills in ``name``, ``type`` and ``_field_type``.
    """

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        attrs = ('name', 'type', 'default', 'default_factory', 'init',
                 'repr', 'hash', 'compare', 'metadata', 'kw_only')
        shown = ''.join(f'{attr}={getattr(self, attr)!r},' for attr in attrs)
        return f'Field({shown}_field_type={self._field_type})'

    def __set_name__(self, owner, name):
        # field(default=descriptor) must still tell the descriptor its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(_GenericAlias)


# A __slots__ entry of a base class shows up as one of these; as a field
# "default" it means there is none.
_MemberDescriptorType = type(Field.__dict__['name'])


class _DataclassParams:
    # The decorator's arguments, kept as cls.__dataclass_params__.
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        shown = ','.join(f'{attr}={getattr(self, attr)!r}'
                         for attr in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field beyond its annotation.

    ``default`` is its default value, or ``default_factory`` a function of
    no arguments that makes one for each instance (not both).  ``init``,
    ``repr`` and ``compare`` say whether the field is a parameter of
    ``__init__``, shows in ``repr()`` and takes part in comparisons;
    ``hash`` whether it is part of the hash (None: same as ``compare``).
    ``metadata`` is a mapping kept for third parties; ``kw_only`` makes
    the ``__init__`` parameter keyword-only.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# ---------------------------------------------------------------------------
# Compiling generated methods
# ---------------------------------------------------------------------------

def _create_fn(name, params, body, *, globals, locals=None,
               return_type=MISSING):
    """Compile ``def name(params): body`` and return the function.

    The keys of ``locals`` become parameters of an enclosing factory that
    is called with their values, so the body reads them as closure
    variables; other names resolve in ``globals`` (the class's module).
    """
    env = dict(locals or {})
    returns = ''
    if return_type is not MISSING:
        env['__dataclass_return_type__'] = return_type
        returns = '->__dataclass_return_type__'
    lines = [f'def __create_fn__({", ".join(env)}):',
             f' def {name}({",".join(params)}){returns}:']
    lines.extend(f'  {line}' for line in body)
    lines.append(f' return {name}')
    namespace = {}
    exec('\n'.join(lines), globals, namespace)
    return namespace['__create_fn__'](**env)


def _tuple_str(obj_name, fields):
    # Source of a tuple of the fields' values, e.g. "(self.x,self.y,)".
    if not fields:
        return '()'
    return '(' + ''.join(f'{obj_name}.{f.name},' for f in fields) + ')'


def _recursive_repr(user_function):
    """Make a __repr__ print '...' for an object already being printed
    further up (a structure containing itself)."""
    active = set()

    def wrapper(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            return user_function(self)
        finally:
            active.discard(key)

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(wrapper, attr, getattr(user_function, attr))
    wrapper.__wrapped__ = user_function
    return wrapper


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots):
    """Build __init__: positional parameters for ``std_fields``, then
    keyword-only ones; the body stores every field and calls
    __post_init__ with the InitVars."""
    defaulted = None
    for f in std_fields:
        if _has_default(f):
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')

    env = {f'__dataclass_type_{f.name}__': f.type for f in fields}
    env['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    env['__dataclass_builtins_object__'] = object

    def parameter(f):
        text = f'{f.name}:__dataclass_type_{f.name}__'
        if f.default is not MISSING:
            text += f'=__dataclass_dflt_{f.name}__'
        elif f.default_factory is not MISSING:
            text += '=__dataclass_HAS_DEFAULT_FACTORY__'
        return text

    body = []
    for f in fields:
        value = _init_value(f, env, slots)
        if value is None or f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            # The class's own __setattr__ refuses, so go around it.
            body.append(f'__dataclass_builtins_object__.__setattr__('
                        f'{self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if has_post_init:
        initvars = ','.join(f.name for f in fields
                            if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')

    params = [self_name] + [parameter(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(parameter(f) for f in kw_only_fields)
    return _create_fn('__init__', params, body or ['pass'], locals=env,
                      globals=globals, return_type=None)


def _init_value(f, env, slots):
    """Source of the value __init__ stores in field f (adding what it needs
    to ``env``), or None when __init__ leaves the field alone."""
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        env[default_name] = f.default_factory
        if not f.init:
            return f'{default_name}()'
        # The parameter's default is a sentinel meaning "call the factory".
        return (f'{default_name}() if {f.name} is '
                f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
    if f.init:
        if f.default is not MISSING:
            env[default_name] = f.default
        return f.name
    if slots and f.default is not MISSING:
        # No class attribute provides the default when there are slots.
        env[default_name] = f.default
        return default_name
    return None


def _repr_fn(fields, globals):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields)
    fn = _create_fn('__repr__', ('self',),
                    [f'return self.__class__.__qualname__ + f"({parts})"'],
                    globals=globals)
    return _recursive_repr(fn)


def _cmp_fn(name, op, fields, globals):
    # Only instances of the very same class compare; otherwise the other
    # operand gets its turn (and ordering ends in the usual TypeError).
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {_tuple_str("self", fields)}{op}'
                       f'{_tuple_str("other", fields)}',
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    return _create_fn('__hash__', ('self',),
                      [f'return hash({_tuple_str("self", fields)})'],
                      globals=globals)


def _frozen_fns(cls, fields, globals):
    """__setattr__ and __delattr__ refusing changes to fields -- and to any
    attribute of instances of cls itself (subclasses may add some)."""
    if fields:
        names = '(' + ','.join(repr(f.name) for f in fields) + ',)'
    else:
        names = '()'
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _create_fn(
        '__setattr__', ('self', 'name', 'value'),
        [f'if type(self) is cls or name in {names}:',
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'],
        locals=env, globals=globals)
    deleter = _create_fn(
        '__delattr__', ('self', 'name'),
        [f'if type(self) is cls or name in {names}:',
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'],
        locals=env, globals=globals)
    return setter, deleter


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations
# ---------------------------------------------------------------------------

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _annotation_head(text):
    """The leading ``name`` or ``module.name`` of a string annotation, as
    (module or None, name); None if it does not start with a name.
    ``' typing . ClassVar[int]'`` gives ``('typing', 'ClassVar')``."""
    pos = 0
    end = len(text)

    def skip_spaces():
        nonlocal pos
        while pos < end and text[pos].isspace():
            pos += 1

    def read_word():
        nonlocal pos
        start = pos
        while pos < end and _is_word_char(text[pos]):
            pos += 1
        return text[start:pos]

    skip_spaces()
    first = read_word()
    if not first:
        return None
    skip_spaces()
    if pos < end and text[pos] == '.':
        pos += 1
        skip_spaces()
        second = read_word()
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether the string ``annotation`` refers to ``a_type`` of
    ``a_module``, judged (without evaluating it) by looking its leading
    name up in the namespace of the module defining ``cls``."""
    head = _annotation_head(annotation)
    if head is None:
        return False
    module_name, name = head
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    namespace = vars(module)
    if module_name and namespace.get(module_name) is not a_module:
        return False
    return is_type_predicate(namespace.get(name), a_module)


def _annotation_is(a_type, cls, module, marker, predicate):
    # An annotation naming marker, either as an object or as a string.
    return (predicate(a_type, module)
            or (isinstance(a_type, str)
                and _is_type(a_type, cls, module, marker, predicate)))


# ---------------------------------------------------------------------------
# Processing a class
# ---------------------------------------------------------------------------

def _make_field(cls, a_name, a_type, default_kw_only):
    """The Field for annotation ``a_name: a_type`` in the body of cls."""
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    # A ClassVar can only come from the typing module, so without it
    # loaded nothing is one.
    typing = sys.modules.get('typing')
    if typing and _annotation_is(a_type, cls, typing, typing.ClassVar,
                                 _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this_module = sys.modules[__name__]
        if _annotation_is(a_type, cls, this_module, InitVar, _is_initvar):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # A mutable default would be shared by all instances; unhashable is
    # taken as the sign of mutable (list, dict, set...).
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, value):
    # Generated functions are named as if defined in the class body.
    if isinstance(value, _FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class body defines it; True if it does."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _set_qualname(cls, value))
    return False


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do about __hash__: 'add', 'none' (unhashable), 'raise' or
    None (leave it alone).

    An explicit __hash__ is kept, unless unsafe_hash asks to replace it
    (an error).  Otherwise: unsafe_hash adds one; eq without frozen makes
    instances unhashable (equal but mutable); eq with frozen adds one;
    without eq the inherited __hash__ stays.
    """
    if unsafe_hash:
        return 'raise' if has_explicit_hash else 'add'
    if has_explicit_hash or not eq:
        return None
    return 'add' if frozen else 'none'


class _Processor:
    """Turns a decorated class into a dataclass, step by step."""

    def __init__(self, cls, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.cls = cls
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot
        # Generated methods see the globals of the class's module.
        module = sys.modules.get(cls.__module__)
        self.globals = vars(module) if module is not None else {}
        self.fields = {}

    def run(self):
        cls = self.cls
        setattr(cls, _PARAMS, _DataclassParams(
            self.init, self.repr, self.eq, self.order, self.unsafe_hash,
            self.frozen))
        self.collect_fields()
        setattr(cls, _FIELDS, self.fields)

        # __eq__ without __hash__ in a class body sets __hash__ to None;
        # that is not an explicit __hash__.
        own_hash = cls.__dict__.get('__hash__', MISSING)
        has_explicit_hash = not (own_hash is MISSING
                                 or (own_hash is None and '__eq__' in cls.__dict__))

        if self.order and not self.eq:
            raise ValueError('eq must be true if order is true')

        init_fields = [f for f in self.fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
        positional = [f for f in init_fields if f.init and not f.kw_only]
        keyword = [f for f in init_fields if f.init and f.kw_only]
        real_fields = [f for f in self.fields.values()
                       if f._field_type is _FIELD]
        compared = [f for f in real_fields if f.compare]

        if self.init:
            # A field named "self" needs another name for the instance.
            self_name = '__dataclass_self__' if 'self' in self.fields else 'self'
            _set_new_attribute(cls, '__init__', _init_fn(
                init_fields, positional, keyword, self.frozen,
                hasattr(cls, _POST_INIT_NAME), self_name, self.globals,
                self.slots))
        if self.repr:
            shown = [f for f in real_fields if f.repr]
            _set_new_attribute(cls, '__repr__', _repr_fn(shown, self.globals))
        if self.eq:
            _set_new_attribute(cls, '__eq__',
                               _cmp_fn('__eq__', '==', compared, self.globals))
        if self.order:
            for name, op in (('__lt__', '<'), ('__le__', '<='),
                             ('__gt__', '>'), ('__ge__', '>=')):
                if _set_new_attribute(cls, name,
                                      _cmp_fn(name, op, compared, self.globals)):
                    raise TypeError(f'Cannot overwrite attribute {name} '
                                    f'in class {cls.__name__}. Consider using '
                                    'functools.total_ordering')
        if self.frozen:
            for fn in _frozen_fns(cls, real_fields, self.globals):
                if _set_new_attribute(cls, fn.__name__, fn):
                    raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                    f'in class {cls.__name__}')

        action = _hash_action(bool(self.unsafe_hash), bool(self.eq),
                              bool(self.frozen), has_explicit_hash)
        if action == 'raise':
            raise TypeError(f'Cannot overwrite attribute __hash__ '
                            f'in class {cls.__name__}')
        if action == 'none':
            cls.__hash__ = None
        elif action == 'add':
            hashed = [f for f in real_fields
                      if (f.compare if f.hash is None else f.hash)]
            cls.__hash__ = _set_qualname(cls, _hash_fn(hashed, self.globals))

        if not getattr(cls, '__doc__'):
            # Default docstring: the call signature.
            try:
                signature = _class_signature_text(cls).replace(' -> None', '')
            except (TypeError, ValueError):
                signature = ''
            cls.__doc__ = cls.__name__ + signature

        if self.match_args:
            _set_new_attribute(cls, '__match_args__',
                               tuple(f.name for f in positional))

        if self.weakref_slot and not self.slots:
            raise TypeError('weakref_slot is True but slots is False')
        if self.slots:
            cls = _add_slots(cls, self.frozen, self.weakref_slot)

        # Fields may implement abstract methods of an ABC base.
        if hasattr(cls, '__abstractmethods__'):
            import abc
            abc.update_abstractmethods(cls)
        return cls

    def collect_fields(self):
        """Fill self.fields: those of dataclass bases (most basic first),
        then the class's own annotations; a redefined field keeps its
        original position."""
        cls = self.cls
        any_frozen_base = False
        all_frozen_bases = True
        has_dataclass_bases = False
        for base in reversed(cls.__mro__[1:]):
            base_fields = getattr(base, _FIELDS, None)
            if base_fields is None:
                continue
            has_dataclass_bases = True
            self.fields.update((f.name, f) for f in base_fields.values())
            base_frozen = getattr(base, _PARAMS).frozen
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = all_frozen_bases and base_frozen

        # Only the class's own __annotations__ (not inherited ones).
        annotations = cls.__dict__.get('__annotations__', {})
        this_module = sys.modules[__name__]
        kw_only = self.kw_only
        kw_only_seen = False
        own_fields = []
        for name, a_type in annotations.items():
            if _annotation_is(a_type, cls, this_module, KW_ONLY, _is_kw_only):
                if kw_only_seen:
                    raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                    'has already been specified')
                kw_only_seen = True
                kw_only = True
            else:
                own_fields.append(_make_field(cls, name, a_type, kw_only))

        for f in own_fields:
            self.fields[f.name] = f
            # A field() in the body leaves the plain default (if any) as
            # the class attribute.
            if isinstance(getattr(cls, f.name, None), Field):
                if f.default is MISSING:
                    delattr(cls, f.name)
                else:
                    setattr(cls, f.name, f.default)

        for name, value in cls.__dict__.items():
            if isinstance(value, Field) and name not in annotations:
                raise TypeError(f'{name!r} is a field but has no type annotation')

        if has_dataclass_bases:
            if any_frozen_base and not self.frozen:
                raise TypeError('cannot inherit non-frozen dataclass from a '
                                'frozen one')
            if not all_frozen_bases and self.frozen:
                raise TypeError('cannot inherit frozen dataclass from a '
                                'non-frozen one')


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Works for frozen instances too.
        object.__setattr__(self, f.name, value)


def _declared_slots(cls):
    """The slot names cls itself declares."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        # An iterator was used up when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (slots can only be
    given when a class is created)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')

    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_declared_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted
                                   if name not in inherited)
    for name in field_names:
        # Defaults are in the Fields and __init__; the slots replace them.
        namespace.pop(name, None)
    # Descriptors belonging to the old class.
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)

    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        # Pickle support without __dict__ and with __setattr__ refused.
        if '__getstate__' not in namespace:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _dataclass_setstate
    return cls


# ---------------------------------------------------------------------------
# The default docstring (what inspect.signature() shows for the class)
# ---------------------------------------------------------------------------

def _strip_typing_prefix(text):
    """Remove 'typing.' from the start of every dotted name in text."""
    out = []
    pos = 0
    while pos < len(text):
        start = pos
        while pos < len(text) and (_is_word_char(text[pos]) or text[pos] == '.'):
            pos += 1
        if pos > start:
            word = text[start:pos]
            out.append(word[7:] if word.startswith('typing.') else word)
        else:
            out.append(text[pos])
            pos += 1
    return ''.join(out)


def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _function_signature_text(func, skip_first):
    """Parameters of a Python function in inspect's format, e.g.
    ``(a, b: int = 3, /, *args, c, **kw) -> str``."""
    code = func.__code__
    names = code.co_varnames
    n_positional = code.co_argcount
    n_kw_only = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__

    def describe(name, default=MISSING, stars=''):
        text = stars + name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
            if default is not MISSING:
                text += ' = ' + repr(default)
        elif default is not MISSING:
            text += '=' + repr(default)
        return text

    first_default = n_positional - len(defaults)
    positional = []
    for i in range(n_positional):
        default = defaults[i - first_default] if i >= first_default else MISSING
        positional.append((i < code.co_posonlyargcount, describe(names[i], default)))
    if skip_first:
        if not positional:
            raise ValueError('invalid method signature')
        positional.pop(0)

    parts = [text for posonly, text in positional if posonly]
    if parts:
        parts.append('/')
    parts.extend(text for posonly, text in positional if not posonly)
    extra = n_positional + n_kw_only    # index of *args / **kwargs names
    if code.co_flags & 0x04:            # CO_VARARGS
        parts.append(describe(names[extra], stars='*'))
        extra += 1
    elif n_kw_only:
        parts.append('*')
    for name in names[n_positional:n_positional + n_kw_only]:
        parts.append(describe(name, kw_defaults.get(name, MISSING)))
    if code.co_flags & 0x08:            # CO_VARKEYWORDS
        parts.append(describe(names[extra], stars='**'))

    text = '(' + ', '.join(parts) + ')'
    if 'return' in annotations:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def _class_signature_text(cls):
    """The call signature of cls: from its own __new__ or __init__, else an
    inherited one; ``()`` when only object's are there."""
    def python_method(name):
        method = getattr(cls, name, None)
        if isinstance(method, staticmethod):
            method = method.__func__
        return method if isinstance(method, _FunctionType) else None

    new = python_method('__new__')
    init = python_method('__init__')
    if '__new__' in cls.__dict__ and new is not None:
        factory = new
    elif '__init__' in cls.__dict__ and init is not None:
        factory = init
    else:
        factory = new or init
    if factory is None:
        return '()'
    return _function_signature_text(factory, skip_first=True)


# ---------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator generating special methods from the class's fields
    (its annotated names, see :func:`field`).

    ``init``, ``repr`` and ``eq`` add ``__init__``, ``__repr__`` and
    ``__eq__`` (unless the class defines them itself); ``order`` adds
    ``<``, ``<=``, ``>``, ``>=``; ``unsafe_hash`` forces a ``__hash__``;
    ``frozen`` forbids assigning fields; ``match_args`` sets
    ``__match_args__``; ``kw_only`` makes all fields keyword-only;
    ``slots`` returns a new class with ``__slots__``.  Usable bare
    (``@dataclass``) or with arguments (``@dataclass(order=True)``).
    """
    def wrap(cls):
        return _Processor(cls, init, repr, eq, order, unsafe_hash, frozen,
                          match_args, kw_only, slots, weakref_slot).run()

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or of a dataclass instance's
    class), in order; ClassVar and InitVar pseudo-fields are left out."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, container_factory, as_dict):
    """Recursive copy for asdict()/astuple(): dataclass instances become
    container_factory(list of (name, value) pairs or of values); lists,
    tuples (namedtuples included) and dicts are rebuilt; anything else is
    deep-copied."""
    if _is_dataclass_instance(obj):
        if as_dict:
            items = [(f.name, _convert(getattr(obj, f.name), container_factory, as_dict))
                     for f in fields(obj)]
        else:
            items = [_convert(getattr(obj, f.name), container_factory, as_dict)
                     for f in fields(obj)]
        return container_factory(items)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # namedtuples take their items as separate arguments
        return type(obj)(*[_convert(v, container_factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, container_factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, container_factory, as_dict),
                          _convert(v, container_factory, as_dict))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict of its fields, recursively
    (nested dataclasses become dicts too); values are copies.
    ``dict_factory`` receives a list of (name, value) pairs."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple of its field values,
    recursively; values are copies.  ``tuple_factory`` receives a list."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named ``cls_name`` at run time.

    Each entry of ``fields`` is a name (annotated as 'typing.Any'), a
    (name, type) pair or a (name, type, default-or-Field) triple.
    ``bases`` and ``namespace`` are as for type(); the remaining
    arguments go to :func:`dataclass`.
    """
    if namespace is None:
        namespace = {}

    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, defaults[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp

    bases = tuple(bases)
    # The class is made by the most derived metaclass of the bases.
    metaclass = type
    for base in bases:
        base_meta = type(base)
        if issubclass(base_meta, metaclass):
            metaclass = base_meta
        elif not issubclass(metaclass, base_meta):
            raise TypeError('metaclass conflict: the metaclass of a derived '
                            'class must be a (non-strict) subclass of the '
                            'metaclasses of all its bases')
    # CPython makes the class in types.new_class(), so its __module__ is
    # 'types' unless the namespace gives one.
    body = {'__module__': 'types'}
    body.update(namespace)
    body.update(defaults)
    body['__annotations__'] = annotations
    cls = metaclass(cls_name, bases, body)

    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like the dataclass instance obj, with the fields in
    ``changes`` replaced (it goes through ``__init__`` and
    ``__post_init__``).  Handy for frozen dataclasses."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            # Not an __init__ parameter, so it cannot be passed on.
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            # InitVars are not stored, so obj cannot supply them.
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)

    return obj.__class__(**changes)
