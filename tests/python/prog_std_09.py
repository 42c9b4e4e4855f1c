# Layered configuration system: contextlib + types.SimpleNamespace + copy.deepcopy + weakref.
import contextlib
import copy
import io
import types
import weakref
from collections import ChainMap
from typing import Any, Callable, Dict, List


class ConfigError(Exception):
    pass


class ValidationError(ConfigError):
    def __init__(self, problems: List[str]):
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems))
        self.problems = problems


DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 4},
    "db": {"url": "sqlite://memory", "pool": {"min": 1, "max": 5}},
    "features": ["search"],
    "debug": False,
}


def parse_ini(text: str) -> Dict[str, Any]:
    """Parse a tiny INI dialect: [section.sub], key = value, lists with commas."""
    result: Dict[str, Any] = {}
    section = result
    for lineno, raw in enumerate(io.StringIO(text), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = result
            for part in line[1:-1].split("."):
                section = section.setdefault(part, {})
            continue
        if "=" not in line:
            raise ConfigError(f"line {lineno}: expected key = value, got {line!r}")
        key, value = (s.strip() for s in line.split("=", 1))
        section[key] = convert(value)
    return result


def convert(value: str) -> Any:
    if value in ("true", "false"):
        return value == "true"
    if "," in value:
        return [convert(v.strip()) for v in value.split(",") if v.strip()]
    for cast in (int, float):
        with contextlib.suppress(ValueError):
            return cast(value)
    return value.strip('"')


def merge(base: Dict[str, Any], override: Dict[str, Any]) -> Dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def to_namespace(d: Any) -> Any:
    if isinstance(d, dict):
        return types.SimpleNamespace(**{k: to_namespace(v) for k, v in d.items()})
    if isinstance(d, list):
        return [to_namespace(v) for v in d]
    return d


def validate(cfg: Dict[str, Any]) -> None:
    problems = []
    port = cfg["server"]["port"]
    if not isinstance(port, int) or not 0 < port < 65536:
        problems.append(f"server.port out of range: {port!r}")
    pool = cfg["db"]["pool"]
    if pool["min"] > pool["max"]:
        problems.append(f"db.pool.min ({pool['min']}) > max ({pool['max']})")
    if not isinstance(cfg["features"], list):
        problems.append("features must be a list")
    if problems:
        raise ValidationError(problems)


class Config:
    def __init__(self, data: Dict[str, Any]):
        self._data = data
        self._listeners: "weakref.WeakSet[Any]" = weakref.WeakSet()
        self._history: List[Dict[str, Any]] = []

    @property
    def ns(self) -> types.SimpleNamespace:
        return to_namespace(self._data)

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self._data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def set(self, dotted: str, value: Any) -> None:
        *parents, last = dotted.split(".")
        node = self._data
        for part in parents:
            node = node.setdefault(part, {})
        old = node.get(last)
        node[last] = value
        for listener in sorted(self._listeners, key=lambda l: l.name):
            listener.notify(dotted, old, value)

    def subscribe(self, listener) -> None:
        self._listeners.add(listener)

    @contextlib.contextmanager
    def override(self, **changes):
        self._history.append(copy.deepcopy(self._data))
        try:
            for key, value in changes.items():
                self.set(key.replace("__", "."), value)
            validate(self._data)
            yield self
        finally:
            self._data = self._history.pop()

    def snapshot(self) -> Dict[str, Any]:
        return copy.deepcopy(self._data)


class Listener:
    def __init__(self, name: str):
        self.name = name
        self.seen: List[str] = []

    def notify(self, key, old, new):
        self.seen.append(f"{key}: {old!r} -> {new!r}")
        print(f"  [{self.name}] {key} changed {old!r} -> {new!r}")


def flatten(d: Dict[str, Any], prefix: str = ""):
    for key in sorted(d):
        value = d[key]
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from flatten(value, name + ".")
        else:
            yield name, value


USER_INI = """
# user overrides
debug = true
features = search, export, beta
[server]
port = 9090
timeout = 2.5
[db.pool]
max = 20
"""


def main():
    user = parse_ini(USER_INI)
    print("parsed:", user)
    merged = merge(DEFAULTS, user)
    print("defaults untouched:", DEFAULTS["db"]["pool"], DEFAULTS["features"])
    cfg = Config(merged)
    for name, value in flatten(merged):
        print(f"  {name:<16} = {value!r}")
    ns = cfg.ns
    print(ns.server.port, ns.db.pool.max, ns.features, type(ns).__name__)
    print(ns.server)
    print(ns.server == types.SimpleNamespace(host="127.0.0.1", port=9090, workers=4, timeout=2.5))
    print(cfg.get("db.pool.min"), cfg.get("db.nope.x", "n/a"), cfg.get("debug"))

    audit, ui = Listener("audit"), Listener("ui")
    cfg.subscribe(audit)
    cfg.subscribe(ui)
    cfg.set("server.workers", 8)
    del ui
    print("listeners after del:", [l.name for l in cfg._listeners])

    snap = cfg.snapshot()
    with cfg.override(server__port=1234, debug=False) as c:
        print("inside:", c.get("server.port"), c.get("debug"))
    print("restored:", cfg.get("server.port"), cfg.get("debug"), cfg.snapshot() == snap)

    try:
        with cfg.override(server__port=70000, db__pool__min=50):
            print("should not get here")
    except ValidationError as e:
        print(type(e).__name__, e)
        print("  problems:", len(e.problems))
    print("after failed override:", cfg.get("server.port"), cfg.get("db.pool.min"))
    print("audit saw", len(audit.seen), "changes; last:", audit.seen[-1])

    for bad in ["key without equals", "[s]\nx = 1\ny"]:
        try:
            parse_ini(bad)
        except ConfigError as e:
            print(type(e).__name__, e)

    shared = [1, 2]
    original = {"a": shared, "b": shared, "c": {"d": shared}}
    clone = copy.deepcopy(original)
    print("memo keeps sharing:", clone["a"] is clone["b"] is clone["c"]["d"], clone["a"] is shared)
    shallow = copy.copy(original)
    print("shallow shares:", shallow["a"] is shared, shallow is not original)

    class Plugin:
        def __init__(self, name):
            self.name = name

        def __repr__(self):
            return f"Plugin({self.name})"

    registry = weakref.WeakValueDictionary()
    p1, p2 = Plugin("cache"), Plugin("metrics")
    registry["cache"], registry["metrics"] = p1, p2
    r = weakref.ref(p1)
    finalized = []
    weakref.finalize(p2, finalized.append, "metrics gone")
    print(sorted(registry.keys()), r() is p1)
    del p1, p2
    print(sorted(registry.keys()), r(), finalized)

    log = io.StringIO()
    with contextlib.redirect_stdout(log):
        print("captured line")
    print("captured:", log.getvalue().strip())
    with contextlib.ExitStack() as stack:
        names = [stack.enter_context(cfg.override(server__workers=n)).get("server.workers")
                 for n in (2, 3)]
        stack.callback(print, "exit stack unwinding")
        print("stacked:", names)
    print("final workers:", cfg.get("server.workers"))


main()
