"""Abstract Base Classes (ABCs), as described in PEP 3119.

ABCMeta is the metaclass of every ABC.  Besides ordinary inheritance, an ABC
accepts "virtual subclasses": classes registered with ABC.register(), and
classes recognised by the ABC's __subclasshook__.  isinstance() and
issubclass() consult the metaclass's __instancecheck__/__subclasscheck__,
which implement those rules here, with a positive and a negative cache.

This is a pure-Python implementation: the registry and the caches hold strong
references (there is no weakref module), and each ABC records its own
subclasses because class objects have no __subclasses__() here.
"""


def abstractmethod(funcobj):
    """Mark a method as abstract.

    A class whose metaclass is ABCMeta (or derived from it) cannot be
    instantiated unless all of its abstract methods are overridden.  Combine
    with other descriptors by applying abstractmethod innermost:

        class C(ABC):
            @property
            @abstractmethod
            def x(self): ...
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated helpers below predate stacking the built-in
# descriptors on top of @abstractmethod, which is all they do.

class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack @classmethod
    on top of @abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack
    @staticmethod on top of @abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack @property on
    top of @abstractmethod instead)."""

    __isabstractmethod__ = True


class _ABCData:
    """Per-ABC bookkeeping, stored in the class as ``_abc_impl``."""

    __slots__ = ("registry", "cache", "negative_cache",
                 "negative_cache_version", "subclasses")

    def __init__(self, version):
        self.registry = set()         # explicitly registered virtual subclasses
        self.cache = set()            # classes known to be subclasses
        self.negative_cache = set()   # classes known not to be subclasses
        self.negative_cache_version = version
        self.subclasses = []          # real subclasses that are ABCs, in order


# Incremented by every register() call on any ABC; a negative cache built
# under an older value is stale, because a registration may have made one of
# its classes a subclass.
_invalidation_counter = 0


def get_cache_token():
    """A value that changes whenever any ABC registers a virtual subclass.

    Code caching the results of isinstance()/issubclass() checks against
    ABCs can compare tokens (with ==) to know when to drop its cache.
    """
    return _invalidation_counter


def _abstract_names(cls, namespace, bases):
    """The names of the abstract methods of a class being created."""
    names = {name for name, value in namespace.items()
             if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class made with it records its abstract methods in
    __abstractmethods__ and cannot be instantiated while any remain.
    Besides real subclasses, it accepts virtual ones: classes passed to
    register() (and their subclasses) and classes its __subclasshook__
    approves.  Virtual subclasses pass isinstance()/issubclass() checks but
    inherit nothing from the ABC.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _ABCData(_invalidation_counter)
        # Let each ABC base find this class when it looks for subclasses
        # (the job cls.__subclasses__() does in CPython).
        for base in bases:
            impl = base.__dict__.get("_abc_impl")
            if isinstance(impl, _ABCData):
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC.

        Returns subclass, so that register can decorate a class.
        """
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass (this makes X.register(X) a no-op)
        if issubclass(cls, subclass):
            # A cycle would make the subclass search below loop forever.
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1  # negative caches everywhere are now stale
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), with virtual subclasses."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        # instance.__class__ lies about the type (a proxy, say): either will do.
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), with virtual subclasses."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False

        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            (impl.cache if answer else impl.negative_cache).add(subclass)
            return answer

        # A real subclass, a subclass of a registered class, or a subclass of
        # one of our own subclasses (recursively).
        if (cls in getattr(subclass, "__mro__", ())
                or any(issubclass(subclass, rcls) for rcls in impl.registry)
                or any(issubclass(subclass, scls) for scls in impl.subclasses)):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (a testing aid)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empty the subclass-check caches (a testing aid)."""
        impl = cls._abc_impl
        impl.cache.clear()
        impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__.

    Useful after abstract methods were implemented or added to the class
    once it was created (a class decorator that fills in methods, say).
    Returns cls, to allow usage as a class decorator.  Does nothing to a
    class that is not an ABC.
    """
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    # Abstract methods inherited from the bases, unless implemented here...
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    # ...plus those defined (or redefined) abstract in the class itself.
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class of ABCs: subclassing ABC is the same as using
    metaclass=ABCMeta."""

    __slots__ = ()
