# Tiny ORM-style model layer: descriptors with __set_name__, __init_subclass__ registries,
# typing.Protocol / Generic repositories, match statements, and aggregated validation errors.
import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, ClassVar, Dict, Generic, Iterator, List, Optional, Protocol, TypeVar, runtime_checkable


class ValidationError(ValueError):
    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name


class ValidationErrors(Exception):
    def __init__(self, message: str, errors: List[ValidationError]):
        super().__init__(f"{message} ({len(errors)} error{'s' if len(errors) != 1 else ''})")
        self.errors = list(errors)

    def split(self, predicate):
        hit = [e for e in self.errors if predicate(e)]
        miss = [e for e in self.errors if not predicate(e)]
        return hit, miss


class Field:
    _counter = itertools.count()

    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required
        self.order = next(Field._counter)
        self.name = "?"

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if value is None:
            if self.required and self.default is None:
                raise ValidationError(self.name, "is required")
            value = self.default
        else:
            value = self.clean(value)
        setattr(obj, self.storage, value)

    def clean(self, value):
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class IntField(Field):
    def __init__(self, *, min_value=None, max_value=None, **kw):
        super().__init__(**kw)
        self.min_value, self.max_value = min_value, max_value

    def clean(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(self.name, f"expected int, got {type(value).__name__}")
        if self.min_value is not None and value < self.min_value:
            raise ValidationError(self.name, f"{value} < {self.min_value}")
        if self.max_value is not None and value > self.max_value:
            raise ValidationError(self.name, f"{value} > {self.max_value}")
        return value


class StrField(Field):
    def __init__(self, *, max_length=50, choices=None, **kw):
        super().__init__(**kw)
        self.max_length, self.choices = max_length, choices

    def clean(self, value):
        value = str(value).strip()
        if len(value) > self.max_length:
            raise ValidationError(self.name, f"longer than {self.max_length}")
        if self.choices and value not in self.choices:
            raise ValidationError(self.name, f"{value!r} not in {sorted(self.choices)}")
        return value


class Model:
    registry: ClassVar[Dict[str, type]] = {}
    fields: ClassVar[List[Field]]

    def __init_subclass__(cls, table: Optional[str] = None, **kwargs):
        super().__init_subclass__(**kwargs)
        collected = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    collected[name] = value
        cls.fields = sorted(collected.values(), key=lambda f: f.order)
        cls.table = table or cls.__name__.lower() + "s"
        Model.registry[cls.table] = cls

    def __init__(self, **values):
        unknown = set(values) - {f.name for f in self.fields}
        if unknown:
            raise TypeError(f"{type(self).__name__} got unexpected fields {sorted(unknown)}")
        errors = []
        for f in self.fields:
            try:
                setattr(self, f.name, values.get(f.name))
            except ValidationError as e:
                errors.append(e)
        if errors:
            raise ValidationErrors(f"invalid {type(self).__name__}", errors)

    def as_dict(self) -> Dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in self.fields}

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"{type(self).__name__}({inner})"


class Person(Model, table="people"):
    name = StrField(max_length=20)
    age = IntField(min_value=0, max_value=150)


class Employee(Person):
    role = StrField(choices={"dev", "ops", "pm"})
    level = IntField(min_value=1, max_value=5, default=1, required=False)


@runtime_checkable
class HasKey(Protocol):
    def key(self) -> str: ...


T = TypeVar("T", bound=Model)


class Repository(Generic[T]):
    def __init__(self, model: type):
        self.model = model
        self.rows: Dict[int, T] = {}
        self.ids = itertools.count(1)

    def add(self, obj: T) -> int:
        if not isinstance(obj, self.model):
            raise TypeError(f"expected {self.model.__name__}, got {type(obj).__name__}")
        rid = next(self.ids)
        self.rows[rid] = obj
        return rid

    def where(self, **conds) -> Iterator[T]:
        for obj in self.rows.values():
            if all(getattr(obj, k) == v for k, v in conds.items()):
                yield obj

    def group_by(self, attr: str) -> Dict[Any, List[T]]:
        out = defaultdict(list)
        for obj in self.rows.values():
            out[getattr(obj, attr)].append(obj)
        return dict(out)


@dataclass
class Command:
    verb: str
    args: tuple


def interpret(cmd, repo: Repository) -> str:
    match cmd:
        case Command("hire", (str() as name, int() as age, role)):
            try:
                rid = repo.add(Employee(name=name, age=age, role=role))
                return f"hired #{rid} {name}"
            except ValidationErrors as eg:
                return "rejected: " + "; ".join(str(e) for e in eg.errors)
        case Command("promote", (name,)):
            for e in repo.where(name=name):
                e.level = e.level + 1
                return f"{name} is now level {e.level}"
            return f"no employee named {name}"
        case Command("count", ()):
            return f"{len(repo.rows)} employees"
        case Command(verb="hire"):
            return f"bad hire arguments: {cmd.args!r}"
        case {"verb": str(v)}:
            return f"dict command {v}"
        case [first, *rest]:
            return f"list command {first} +{len(rest)}"
        case _:
            return f"unknown command {cmd!r}"


def hire_safely(repo, **kw):
    try:
        return repo.interpret(kw)
    except AttributeError as e:
        return f"{type(e).__name__}: {e}"


def main():
    print(sorted(Model.registry), Employee.table, [f.name for f in Employee.fields])
    print(Person.name, Employee.role.choices == {"dev", "ops", "pm"})
    repo: Repository[Employee] = Repository(Employee)
    script = [
        Command("hire", ("Ada", 36, "dev")), Command("hire", ("Bob", 200, "chef")),
        Command("hire", ("Cy", 29, "ops")), Command("hire", ("Dee" * 10, -1, "pm")),
        Command("hire", ("Eve",)), Command("promote", ("Ada",)), Command("promote", ("Ada",)),
        Command("promote", ("Zed",)), Command("count", ()), {"verb": "audit"}, ["x", 1, 2],
        42, Command("hire", ("Fay", 41, "dev")),
    ]
    for cmd in script:
        print(interpret(cmd, repo))
    for level, group in sorted(repo.group_by("level").items()):
        print(level, [e.name for e in group])
    print([e.as_dict() for e in repo.where(role="dev")])
    try:
        repo.add(Person(name="Pat", age=3))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Employee(name="Q", age=1, role="dev", salary=10)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Person(name=None, age="old")
    except ValidationErrors as eg:
        print(type(eg).__name__, eg, [type(e).__name__ for e in eg.errors])
        match, rest = eg.split(lambda e: e.field_name == "age")
        print(match, rest)
    try:
        try:
            Employee(name="ok", age=True, role="dev")
        except TypeError:
            print("not reached")
    except ValidationErrors as eg:
        print("propagated:", repr(eg.errors[0]), isinstance(eg.errors[0], ValueError))

    class Tagged:
        def key(self):
            return "t"

    print(isinstance(Tagged(), HasKey), isinstance(repo, HasKey), hire_safely(repo, verb="x"))
    p = Person(name="  spaced  ", age=7)
    p.age = 8
    print(p, p._f_name, vars(p))
    try:
        p.age = 151
    except ValidationError as e:
        print(type(e).__name__, e, e.field_name)
    print(Repository[Employee].__origin__ is Repository, Employee.__mro__[1].__name__)


main()
