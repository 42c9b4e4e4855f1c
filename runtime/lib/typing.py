"""Support for type hints (PEP 484 and its successors).

At runtime type hints are ordinary objects, and this module provides them:

* special forms: Any, Union, Optional, Literal, ClassVar, Final, Annotated,
  NoReturn, Never, Self, TypeAlias, Concatenate, TypeGuard, Required,
  NotRequired, Unpack, LiteralString;
* type variables: TypeVar, ParamSpec, TypeVarTuple, and the classes Generic
  and Protocol for user-defined generic classes and structural types;
* generic aliases of the builtin and abstract collection types: List, Dict,
  Set, FrozenSet, Tuple, Type, Callable, Iterable, Mapping, Sequence, ...;
* NamedTuple, TypedDict and NewType, which build real classes or callables;
* helpers: cast, overload, final, no_type_check, get_type_hints,
  get_origin, get_args, runtime_checkable, assert_never, reveal_type, ...

Subscripting a generic (List[int], Optional[str], Callable[[int], str])
creates an alias object that remembers its __origin__ and __args__ and has
CPython's repr (typing.List[int]).  None of this checks types: the objects
only describe them, for static checkers and for introspection.
"""

import sys
import collections
import collections.abc
from abc import ABCMeta, abstractmethod

__all__ = [
    # Super-special typing primitives.
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final",
    "ForwardRef", "Generic", "Literal", "Optional", "ParamSpec", "Protocol",
    "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union",
    # ABCs (from collections.abc).
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable",
    "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "AsyncContextManager",
    # Structural checks, a.k.a. protocols.
    "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound",
    # Concrete collection types.
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List",
    "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator",
    # Other concrete types.
    "BinaryIO", "IO", "Match", "Pattern", "TextIO",
    # One-off things.
    "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin",
    "get_overloads", "get_type_hints", "is_typeddict", "LiteralString",
    "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoReturn", "NotRequired", "overload", "ParamSpecArgs",
    "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self",
    "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]


# Types of some builtin objects, found without importing `types`.
def _function_example():
    pass


class _MethodExample:
    def method(self):
        pass


_FunctionType = type(_function_example)
_MethodType = type(_MethodExample().method)
_GenericAliasType = type(list[int])       # types.GenericAlias
_UnionType = type(int | str)              # types.UnionType
_ModuleType = type(sys)
_NoneType = type(None)


def _is_dunder(attr):
    return attr.startswith("__") and attr.endswith("__")


def _caller(depth=2, default="__main__"):
    """The __name__ of the module that called the caller, when the
    interpreter can tell (it needs sys._getframe); otherwise default."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        return default
    try:
        return getframe(depth).f_globals.get("__name__", default)
    except (AttributeError, ValueError):
        return default


def _tp_cache(func=None, *, typed=False):
    """Memoize a subscription, so that List[int] is List[int].

    Arguments that cannot be hashed simply skip the cache.  With typed,
    arguments that are equal but of different types (1 and True) are kept
    apart.
    """
    def decorating(func):
        cache = {}

        def inner(*args):
            key = args
            if typed:
                key = (args, tuple(type(a) for a in _flatten_for_key(args)))
            try:
                return cache[key]
            except KeyError:
                pass
            except TypeError:
                return func(*args)
            result = func(*args)
            if len(cache) >= 512:
                cache.clear()
            cache[key] = result
            return result

        inner.__name__ = func.__name__
        inner.__qualname__ = getattr(func, "__qualname__", func.__name__)
        inner.__doc__ = func.__doc__
        inner.__wrapped__ = func
        return inner

    if func is not None:
        return decorating(func)
    return decorating


def _flatten_for_key(args):
    for arg in args:
        if isinstance(arg, tuple):
            yield from _flatten_for_key(arg)
        else:
            yield arg


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None means type(None); a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that arg can be used as a type argument and return it
    (converted: None -> NoneType, 'name' -> ForwardRef('name'))."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)

    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    return arg is ... or isinstance(
        arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _type_repr(obj):
    """The repr of a type argument, as used inside alias reprs:
    builtins by bare name, other classes by module.qualname."""
    if isinstance(obj, _GenericAliasType):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            # A plain class; its own __parameters__ do not count here.
            continue
        if isinstance(t, tuple):
            found = _collect_parameters(t)
        elif hasattr(t, "__typing_subst__"):
            found = (t,)
        else:
            found = getattr(t, "__parameters__", ())
        for x in found:
            if x not in parameters:
                parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    """Check the number of arguments given to a generic."""
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls};"
                        f" actual {alen}, expected {elen}")


def _deduplicate(params):
    """Drop repeated parameters, keeping the first of each."""
    if len(params) < 2:
        return params
    unique = []
    for p in params:
        if p not in unique:
            unique.append(p)
    return unique


def _remove_dups_flatten(parameters):
    """Flatten nested Unions and drop duplicates, keeping the order."""
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


def _flatten_literal_params(parameters):
    """Literal[Literal[1, 2], 3] is Literal[1, 2, 3]."""
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


def _union_of(args):
    """args[0] | args[1] | ... for builtin types.UnionType objects."""
    result = args[0]
    for arg in args[1:]:
        result = result | arg
    return result


####################################################################
# Base classes of the special objects


class _Final:
    """Mixin forbidding subclassing outside this module."""

    __slots__ = ()

    def __init_subclass__(cls, /, *args, **kwds):
        if "_root" not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    """Mixin: objects that copy and deepcopy return unchanged."""

    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _NotIterable:
    """Mixin preventing iteration (without claiming to be Iterable):
    an __iter__ of None makes iter() fail."""

    __slots__ = ()
    __iter__ = None


# A special typing construct such as Union or Optional, created by
# decorating the function that implements its subscription; the function's
# name and docstring become the form's.  (No class docstring: __doc__ is a
# slot, filled from the function.)
class _SpecialForm(_Final, _NotIterable, _root=True):
    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    """Literal's subscription receives its values as separate arguments."""

    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


####################################################################
# Any and the special forms


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type that is compatible with every type, both ways.

    isinstance() does not accept it.  It may be subclassed, to declare that
    a class can stand in wherever anything is expected.
    """

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """The return type of a function that never returns (always raises)."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The empty type: no value has it (also spelled NoReturn)."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Within a class, the type of the instance the method is called on."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Any string built only from literals in the source."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Annotation declaring that an assignment creates a type alias,
    as in Vector: TypeAlias = list[float].
    """
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """ClassVar[T]: an attribute of the class itself, not of instances."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Final[T] (or plain Final): a name that must not be reassigned."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: a value of type X or of type Y.

    Nested unions are flattened, repeated members dropped, a union of a
    single type is that type, and None stands for type(None).
    """
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X]: X or None (the same as Union[X, None])."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Literal[v, ...]: exactly one of the given values, e.g. Literal['r', 'w']."""
    return _literal(self, parameters)


@_tp_cache(typed=True)
def _literal(form, parameters):
    parameters = _flatten_literal_params(parameters)
    try:
        parameters = tuple(p for p, _ in _deduplicate(list(_value_and_type_iter(parameters))))
    except TypeError:
        pass    # unhashable values are kept as they are
    return _LiteralGenericAlias(form, parameters)


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, ..., P]: parameters X, ... followed by those of the
    ParamSpec P, for Callable[Concatenate[...], R].
    """
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """TypeGuard[T] as a return type: a boolean function that, when it
    returns True, tells checkers its argument is a T.
    """
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """Required[T]: a key that a TypedDict with total=False must have."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """NotRequired[T]: a key that a TypedDict may lack."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts]: the types of a TypeVarTuple spread out (*Ts)."""
    item = _type_check(parameters, f"{self._name} accepts only single type.")
    return _UnpackGenericAlias(origin=self, args=(item,))


####################################################################
# Forward references


class ForwardRef(_Final, _root=True):
    """A type written as a string, to be evaluated later
    (by get_type_hints).
    """

    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__",
                 "__forward_value__", "__forward_is_argument__",
                 "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                module = sys.modules.get(self.__forward_module__, None)
                globalns = getattr(module, "__dict__", globalns)
            type_ = _type_check(
                eval(self.__forward_code__, globalns, localns),
                "Forward references must evaluate to types.",
                is_argument=self.__forward_is_argument__,
                allow_special_forms=self.__forward_is_class__,
            )
            self.__forward_value__ = _eval_type(
                type_, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ""
        else:
            module_repr = f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module_repr})"


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references in t, recursively."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _GenericAliasType, _UnionType)):
        if isinstance(t, _GenericAliasType):
            # list['int']: the strings of builtin aliases are references too.
            args = tuple(ForwardRef(arg) if isinstance(arg, str) else arg
                         for arg in t.__args__)
            if args != t.__args__:
                t = t.__origin__[args]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard)
                        for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _GenericAliasType):
            return t.__origin__[ev_args]
        if isinstance(t, _UnionType):
            return _union_of(ev_args)
        return t.copy_with(ev_args)
    return t


####################################################################
# Type variables


class _BoundVarianceMixin:
    """Shared by TypeVar and ParamSpec: | builds Unions, and the repr shows
    the variance (+T covariant, -T contravariant, ~T invariant)."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class _PickleUsingNameMixin:
    """Pickled by name, as a global of its module."""

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin,
              _root=True):
    """A type variable, a placeholder for types in generic code.

        T = TypeVar('T')                    # any type
        S = TypeVar('S', bound=str)         # str or a subclass of it
        A = TypeVar('A', str, bytes)        # exactly str or exactly bytes

    The repr shows the variance: ~T (invariant), +T (covariant,
    covariant=True) or -T (contravariant, contravariant=True).
    """

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None
        module = _caller()
        if module != "typing":
            self.__module__ = module

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        arg = _type_check(arg, msg, is_argument=True)
        if isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _Immutable, _PickleUsingNameMixin, _root=True):
    """A variadic type variable, standing for any number of types, as in
    Tuple[int, *Ts] (Unpack[Ts] before Python 3.11).
    """

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != "typing":
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final, _Immutable, _root=True):
    """P.args: the type of *args in a function typed with ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _Immutable, _root=True):
    """P.kwargs: the type of **kwargs in a function typed with ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin,
                _root=True):
    """A parameter specification variable: the whole parameter list of a
    callable, so that decorators can keep it.

        P = ParamSpec('P')
        def logged(f: Callable[P, R]) -> Callable[P, R]: ...

    P.args and P.kwargs annotate the wrapper's *args and **kwargs.
    """

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None
        module = _caller()
        if module != "typing":
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, "Expected a type.") for a in arg)
        elif not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg


####################################################################
# Generic aliases


class _BaseGenericAlias(_Final, _root=True):
    """The common part of List (unsubscripted) and List[int].

    Calling the alias creates an instance of the origin (for the aliases
    that allow it); other attributes are looked up on the origin.
    """

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        # Plain attributes come from the origin (List[int].append is
        # list.append); dunders do not, which keeps copy and pickle sane.
        if attr in {"__name__", "__qualname__"}:
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in {"_name", "_inst", "_nparams",
                                        "_paramspec_tvars"}:
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Mapping[str, T], Stack[int]...

    __origin__ is the unsubscripted class (list, or the user's Stack),
    __args__ the arguments and __parameters__ the type variables left in
    them, which a further subscription substitutes.
    """

    def __init__(self, origin, args, *, inst=True, name=None,
                 _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        # Substitute the type variables of an already subscripted alias:
        # Dict[str, T][int] is Dict[str, int].
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        if (len(self.__parameters__) == 1
                and isinstance(self.__parameters__[0], ParamSpec)
                and not _is_param_expr(args[0])
                and len(args) >= 1):
            # Callable[P, T][int, str] means Callable[[int, str], T].
            args = (args,)
        new_args = self._determine_new_args(args)
        return self.copy_with(new_args)

    def _determine_new_args(self, args):
        params = self.__parameters__
        alen, plen = len(args), len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} arguments for {self};"
                            f" actual {alen}, expected {plen}")
        new_arg_by_param = dict(zip(params, args))
        return tuple(self._make_substitution(self.__args__, new_arg_by_param))

    def _make_substitution(self, args, new_arg_by_param):
        new_args = []
        for old_arg in args:
            if isinstance(old_arg, type):
                new_args.append(old_arg)
                continue
            substfunc = getattr(old_arg, "__typing_subst__", None)
            if substfunc:
                new_arg = substfunc(new_arg_by_param[old_arg])
            else:
                subparams = getattr(old_arg, "__parameters__", ())
                if not subparams:
                    new_arg = old_arg
                else:
                    subargs = tuple(new_arg_by_param[x] for x in subparams)
                    new_arg = old_arg[subargs]
            if (self.__origin__ == collections.abc.Callable
                    and isinstance(new_arg, tuple)):
                # A ParamSpec replaced by a list of types spreads them.
                new_args.extend(new_arg)
            else:
                new_args.append(new_arg)
        return new_args

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            # Tuple[()]: written so that the repr evaluates back.
            args = "()"
        return f"{name}[{args}]"

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return _getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            # A generic version of an ABC or builtin class: List[int].
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _getitem(origin, args):
    return origin[args]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted generic alias of a class: List, Dict, Iterable...

    It knows how many arguments the class takes; isinstance() and
    issubclass() against it check the class.
    """

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == "builtins":
            self.__doc__ = f"A generic version of {origin.__qualname__}."
        else:
            self.__doc__ = f"A generic version of {origin.__module__}.{origin.__qualname__}."

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


_alias = _SpecialGenericAlias


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[int, str], bool]: __args__ is (int, str, bool)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f"typing.Callable"
                f"[[{', '.join([_type_repr(a) for a in args[:-1]])}], "
                f"{_type_repr(args[-1])}]")

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _getitem, (Callable, args)

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)


class _CallableType(_SpecialGenericAlias, _root=True):
    """Callable: subscripted as Callable[[arg, ...], result],
    Callable[..., result] or Callable[P, result]."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        # A list cannot be a cache key: turn it into a tuple first.
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    """Tuple: Tuple[int, str], Tuple[int, ...] or Tuple[()]."""

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[int, str]; with None as one of two members, Optional[int]."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal['r', 'w']: equal whatever the order of the values."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        # Unpack[Ts] is written *Ts.
        return "*" + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _TypingEllipsis:
    """Internal placeholder for ... in Callable and Tuple arguments."""


####################################################################
# Annotated


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: __origin__ is T and __metadata__ (x, ...);
    nested Annotated are flattened."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return _getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return "Annotated"
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x, ...]: the type T with extra metadata x, ...

    Checkers treat it as T; the metadata is for tools that read it at
    runtime (get_type_hints(..., include_extras=True) keeps it).
    """

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


####################################################################
# Generic and Protocol


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or (
        isinstance(x, _UnpackGenericAlias) and isinstance(x.__args__[0], TypeVarTuple))


class Generic:
    """Base class of user-defined generic classes:

        class Box(Generic[T]):
            def get(self) -> T: ...

    Box[int] is then an alias that records the argument; its instances
    are ordinary Box instances.
    """

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            # Generic[T, S] / Protocol[T]: only distinct type variables.
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(
                    f"Parameters to {cls.__name__}[...] must all be type variables "
                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            # A subclass of Generic: its type variables get values.
            parameters = cls.__parameters__
            if (len(parameters) == 1 and isinstance(parameters[0], ParamSpec)
                    and params and not _is_param_expr(params[0])):
                # Stack[int, str] for a class generic in P means [int, str].
                params = (params,)
            _check_generic(cls, params, len(parameters))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and
                     cls.__name__ != "Protocol" and
                     type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            # With Generic[...] among the bases, it lists every type
            # variable of the class (and fixes their order); without it,
            # they are collected from the bases in order.
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError(
                            "Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ", ".join(str(t) for t in tvars if t not in gvarset)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# Names in a protocol class that are not members of the protocol.
_TYPING_INTERNALS = ["__parameters__", "__orig_bases__", "__orig_class__",
                     "_is_protocol", "_is_runtime_protocol"]
_SPECIAL_NAMES = ["__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                  "__init__", "__module__", "__new__", "__slots__",
                  "__subclasshook__", "__weakref__", "__class_getitem__",
                  "__qualname__"]
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ["_MutableMapping__marker"]


def _get_protocol_attrs(cls):
    """The members of a protocol: the attributes and annotations of the
    protocol classes in its MRO."""
    attrs = set()
    for base in cls.__mro__[:-1]:     # without object
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    """__init__ of protocol classes: protocols themselves cannot be
    instantiated; a concrete subclass gets the first real __init__ of
    its MRO installed (and called)."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _allow_reckless_class_checks(depth=3):
    """Whether isinstance/issubclass of a non-runtime protocol comes from
    abc or functools (which may do so).  Without sys._getframe the caller
    is unknown, and the check is refused."""
    if not hasattr(sys, "_getframe"):
        return False
    return _caller(depth + 1, None) in ("abc", "functools", None)


_PROTO_ALLOWLIST = {
    "collections.abc": [
        "Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable",
        "Hashable", "Sized", "Container", "Collection", "Reversible",
    ],
    "contextlib": ["AbstractContextManager", "AbstractAsyncContextManager"],
}


class _ProtocolMeta(ABCMeta):
    # isinstance() against a runtime protocol checks that the object has
    # all of the protocol's members.
    def __instancecheck__(cls, instance):
        if (getattr(cls, "_is_protocol", False) and
                not getattr(cls, "_is_runtime_protocol", False) and
                not _allow_reckless_class_checks(depth=2)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not getattr(cls, "_is_protocol", False) or
                _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                    # A None method means "not implemented".
                    (not callable(getattr(cls, attr, None)) or
                     getattr(instance, attr) is not None)
                    for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols, types defined by the members they need
    rather than by inheritance:

        class Closeable(Protocol):
            def close(self) -> None: ...

    Any class with a suitable close() matches.  Decorated with
    @runtime_checkable, a protocol supports isinstance() (which checks
    that the members are present).
    """

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)

        # Protocol-ness is not inherited: only direct subclasses of
        # Protocol (or those listing it again) are protocols.
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented

            if not getattr(cls, "_is_runtime_protocol", False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")

            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, "__annotations__", {})
                    if (isinstance(annotations, collections.abc.Mapping) and
                            attr in annotations and
                            issubclass(other, Generic) and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook

        if not cls._is_protocol:
            return

        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ in _PROTO_ALLOWLIST and
                    base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError("Protocols can only inherit from other"
                                " protocols, got %r" % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Class decorator letting isinstance() and issubclass() check a
    protocol (by the presence of its members, not their signatures).
    """
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


####################################################################
# The aliases of builtin and collections classes


Hashable = _alias(collections.abc.Hashable, 0)   # not generic
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)         # not generic
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
Callable.__doc__ = """Callable types (an alias of collections.abc.Callable):
    Callable[[int], str] takes an int and returns a str, Callable[..., str]
    takes any arguments.
    """
AbstractSet = _alias(collections.abc.Set, 1, name="AbstractSet")
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(collections.abc.ByteString, 0)  # not generic
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
Tuple.__doc__ = """Tuple types (an alias of tuple): Tuple[X, Y] is a pair, and
    Tuple[int, ...] a tuple of ints of any length.
    """
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3)
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name="Type")
Type.__doc__ = """Type[C] (an alias of type): the class C or a subclass of it, rather
    than an instance.
    """

# contextlib and re are optional here: the aliases exist when they do.
try:
    import contextlib
except ImportError:
    pass
else:
    ContextManager = _alias(contextlib.AbstractContextManager, 1,
                            name="ContextManager")
    AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1,
                                 name="AsyncContextManager")

try:
    import re as _re
except ImportError:
    pass
else:
    Pattern = _alias(_re.Pattern, 1)
    Match = _alias(_re.Match, 1)


####################################################################
# Protocols for the numeric special methods


T = TypeVar("T")             # any type
KT = TypeVar("KT")           # key type
VT = TypeVar("VT")           # value type
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)

# A constrained type variable for functions of str or bytes.
AnyStr = TypeVar("AnyStr", bytes, str)

# Aliases that may be used wherever a str is meant.
Text = str

# True only for static type checkers.
TYPE_CHECKING = False

# The generic classes below would be written class X(Protocol[T_co]) and
# class IO(Generic[AnyStr]); declaring __orig_bases__ in the body gives them
# the same type parameters without relying on base-class substitution.


@runtime_checkable
class SupportsInt(Protocol):
    """Protocol of objects with __int__."""

    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Protocol of objects with __float__."""

    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Protocol of objects with __complex__."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Protocol of objects with __bytes__."""

    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Protocol of objects with __index__."""

    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """Protocol of objects with __abs__, generic in its result type."""

    __slots__ = ()
    __orig_bases__ = (Protocol[T_co],)

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """Protocol of objects with __round__, generic in its result type."""

    __slots__ = ()
    __orig_bases__ = (Protocol[T_co],)

    @abstractmethod
    def __round__(self, ndigits: int = 0):
        pass


class IO(Generic):
    """The interface of file objects (as returned by open()); IO[str] is a
    text file and IO[bytes] a binary one.  TextIO and BinaryIO refine it.
    """

    __slots__ = ()
    __orig_bases__ = (Generic[AnyStr],)

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1):
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1):
        pass

    @abstractmethod
    def readlines(self, hint: int = -1):
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s) -> int:
        pass

    @abstractmethod
    def writelines(self, lines) -> None:
        pass

    @abstractmethod
    def __enter__(self):
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO):
    """The interface of files opened in binary mode."""

    __slots__ = ()
    __orig_bases__ = (IO[bytes],)

    @abstractmethod
    def write(self, s) -> int:
        pass

    @abstractmethod
    def __enter__(self):
        pass


class TextIO(IO):
    """The interface of files opened in text mode."""

    __slots__ = ()
    __orig_bases__ = (IO[str],)

    @property
    @abstractmethod
    def buffer(self):
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self):
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self):
        pass

    @abstractmethod
    def __enter__(self):
        pass


####################################################################
# NamedTuple, TypedDict, NewType


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type")
             for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


# Attributes a NamedTuple class body may not define, and those it defines
# that are not copied onto the namedtuple class.
_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                         "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__"})


class _NamedTupleMeta(type):
    """Makes `class P(NamedTuple): x: int` a collections.namedtuple class
    (and NamedTuple('P', [('x', int)]) the same, functionally)."""

    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            # NamedTuple itself.
            return super().__new__(mcls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        nm_tpl.__orig_bases__ = bases
        generic = Generic in bases
        if generic:
            # A generic named tuple: class Pair(NamedTuple, Generic[T]).
            nm_tpl.__bases__ = (tuple, Generic)
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        # The rest of the class body (methods, docstring...) is kept, but
        # must not replace what makes the namedtuple work.
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if generic:
            nm_tpl.__init_subclass__()
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        # NamedTuple('Name', [('field', type), ...]) or NamedTuple('Name', field=type)
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields, module=_caller())


class NamedTuple(metaclass=_NamedTupleMeta):
    """Base for typed named tuples:

        class Employee(NamedTuple):
            name: str
            id: int = 3

    makes Employee a collections.namedtuple class with fields name and id
    (id defaulting to 3) and their types in __annotations__.  Also callable:
    NamedTuple('Employee', [('name', str), ('id', int)]).
    """

    _root = True


class _TypedDictMeta(type):
    """Builds TypedDict classes: dict subclasses whose instances are plain
    dicts, with the keys' types in __annotations__ and the required and
    optional keys in __required_keys__ / __optional_keys__."""

    def __new__(cls, name, bases, ns, total=True):
        if ns.get("_root", False):
            # TypedDict itself.
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        ns = dict(ns)
        if TypedDict in bases:
            ns.setdefault("__orig_bases__", bases)
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)

        annotations = {}
        own_annotations = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {
            n: _type_check(tp, msg, module=tp_dict.__module__)
            for n, tp in own_annotations.items()
        }
        required_keys = set()
        optional_keys = set()

        for base in bases:
            if base is TypedDict:
                continue
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))

        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            annotation_origin = get_origin(annotation_type)
            if annotation_origin is Annotated:
                annotation_args = get_args(annotation_type)
                if annotation_args:
                    annotation_type = annotation_args[0]
                    annotation_origin = get_origin(annotation_type)

            if annotation_origin is Required:
                is_required = True
            elif annotation_origin is NotRequired:
                is_required = False
            else:
                is_required = total

            if is_required:
                required_keys.add(annotation_key)
            else:
                optional_keys.add(annotation_key)

        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        # A TypedDict class makes plain dicts.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        # TypedDict classes describe dicts, they do not classify them.
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    """Base for dictionary types with a fixed set of typed keys:

        class Point(TypedDict):
            x: int
            y: int

    Point(x=1, y=2) is the plain dict {'x': 1, 'y': 2}.  With total=False
    keys may be missing, and Required[] / NotRequired[] mark single keys.
    Also callable: TypedDict('Point', {'x': int, 'y': int}).
    """

    _root = True


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        # stacklevel 3: past this helper and _TypedDictMeta.__call__.
        warnings.warn("The kwargs-based syntax for TypedDict definitions is "
                      "deprecated in Python 3.11, will be removed in Python "
                      "3.13, and may not be understood by third-party type "
                      "checkers.", DeprecationWarning, stacklevel=3)
    ns = {"__annotations__": dict(fields), "__module__": _caller(3)}
    return _TypedDictMeta(typename, (), ns, total=total)


def is_typeddict(tp):
    """Whether tp is a class made with TypedDict."""
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


def _idfunc(_, x):
    return x


class NewType(_Immutable):
    """A distinct name for an existing type, for checkers only:

        UserId = NewType('UserId', int)

    Checkers treat UserId as a subclass of int; at runtime UserId(5)
    simply returns 5.
    """

    __call__ = _idfunc

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        # class Sub(UserId) is an error; the message suggests the fix.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


####################################################################
# Functions


def cast(typ, val):
    """Tell checkers that val has type typ; at runtime return val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask checkers to confirm that val has type typ; at runtime return val."""
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Mark code that checkers should prove unreachable; reaching it at
    runtime raises AssertionError.
    """
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Ask checkers to show the type they infer for obj; at runtime print
    the object's type to stderr and return obj.
    """
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated name is bound to: calling it fails."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# {module: {qualname: {firstlineno: func}}}
_overload_registry = {}


def overload(func):
    """Decorator for the signatures of an overloaded function.

    Each @overload definition describes one signature, for checkers; they
    are recorded (see get_overloads) and replaced by a function that
    raises.  The definition without @overload that follows them is the
    real one.
    """
    f = getattr(func, "__func__", func)
    try:
        lineno = f.__code__.co_firstlineno
        (_overload_registry.setdefault(f.__module__, {})
         .setdefault(f.__qualname__, {}))[lineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Forget every recorded @overload signature."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a class as not to be subclassed, or a method as
    not to be overridden; records __final__ = True where possible.
    """
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: the annotations of arg (a function, or a class and its
    methods) are not type hints; get_type_hints() returns {} for them.
    """
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, "__qualname__")
                    or obj.__qualname__ != f"{arg.__qualname__}.{obj.__name__}"
                    or getattr(obj, "__module__", None) != arg.__module__):
                # Only what the class itself defines.
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:   # builtin classes
        pass
    return arg


def no_type_check_decorator(decorator):
    """Turn decorator into one whose results are also @no_type_check."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    wrapped_decorator.__name__ = getattr(decorator, "__name__", "wrapped_decorator")
    wrapped_decorator.__qualname__ = getattr(decorator, "__qualname__", "wrapped_decorator")
    wrapped_decorator.__doc__ = getattr(decorator, "__doc__", None)
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator telling checkers that a class, metaclass or function
    creates dataclass-like classes; at runtime it only records its
    arguments in __dataclass_transform__.
    """
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def _strip_annotations(t):
    """Remove Annotated, Required and NotRequired wrappers from t."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, "__origin__") and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return t.copy_with(stripped_args)
    if isinstance(t, _GenericAliasType):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return t.__origin__[stripped_args]
    if isinstance(t, _UnionType):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return _union_of(stripped_args)
    return t


_allowed_types = (_FunctionType, _ModuleType, _MethodType, type(len),
                  type(str.join))


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the type hints of a function, method, module or class.

    String annotations are evaluated (in globalns/localns, by default the
    namespace of obj's module), None becomes type(None), and for a class
    the annotations of its bases are merged, the most derived last.
    Annotated[T, ...] becomes T unless include_extras is true.
    """
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # The class namespace comes first, then its module's, as
                # when the class body ran: swap them (eval() looks in
                # locals first).
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, _ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            # The namespace of a wrapped function is that of the original.
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, _allowed_types):
            return {}
        raise TypeError("{!r} is not a module, class, method, "
                        "or function.".format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, _ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of a type: list for List[int], Union for
    Optional[str], Literal for Literal[1], None for plain classes.
    """
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, substitutions done: (int, str)
    for Dict[int, str], ([int], str) for Callable[[int], str], () for
    plain classes.
    """
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if (tp.__origin__ is collections.abc.Callable
                and not (len(res) == 2 and _is_param_expr(res[0]))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


# The aliases of contextlib and re classes exist only when those modules do.
__all__ = [name for name in __all__ if name in globals()]
