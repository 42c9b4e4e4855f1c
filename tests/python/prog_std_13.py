# HTTP-style request router with middleware: functools.wraps + OrderedDict LRU cache +
# collections.abc.MutableMapping + contextlib + weakref.WeakValueDictionary + typing.
import collections
import collections.abc
import contextlib
import functools
import itertools
import weakref
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple


class CaseInsensitiveDict(collections.abc.MutableMapping):
    def __init__(self, data=None, **kwargs):
        self._store: Dict[str, Tuple[str, Any]] = {}
        self.update(data or {}, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())})"


@dataclass
class Request:
    method: str
    path: str
    headers: CaseInsensitiveDict = field(default_factory=CaseInsensitiveDict)
    body: str = ""


@dataclass
class Response:
    status: int
    body: str
    headers: CaseInsensitiveDict = field(default_factory=CaseInsensitiveDict)


class HttpError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: "collections.OrderedDict[Any, Any]" = collections.OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            self.data.popitem(last=False)
            self.evictions += 1


class Router:
    def __init__(self):
        self.routes: List[Tuple[str, List[str], Callable]] = []
        self.middleware: List[Callable] = []

    def route(self, method: str, pattern: str):
        def decorator(fn):
            self.routes.append((method, pattern.strip("/").split("/"), fn))
            return fn
        return decorator

    def match(self, method: str, path: str):
        parts = path.strip("/").split("/")
        allowed = []
        for m, pattern, fn in self.routes:
            if len(pattern) != len(parts):
                continue
            params = {}
            for p, actual in zip(pattern, parts):
                if p.startswith("<") and p.endswith(">"):
                    name, _, conv = p[1:-1].partition(":")
                    if conv == "int":
                        if not actual.isdigit():
                            break
                        actual = int(actual)
                    params[name] = actual
                elif p != actual:
                    break
            else:
                if m == method:
                    return fn, params
                allowed.append(m)
        if allowed:
            raise HttpError(405, f"method {method} not allowed; try {', '.join(sorted(allowed))}")
        raise HttpError(404, f"no route for {path}")

    def dispatch(self, req: Request) -> Response:
        def endpoint(r):
            fn, params = self.match(r.method, r.path)
            result = fn(r, **params)
            return result if isinstance(result, Response) else Response(200, str(result))
        handler = endpoint
        for mw in reversed(self.middleware):
            handler = functools.partial(mw, handler)
        try:
            return handler(req)
        except HttpError as e:
            return Response(e.status, f"error: {e}")


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


TRACE: List[str] = []


def timing_middleware(next_handler, req):
    TRACE.append(f"> {req.method} {req.path}")
    resp = next_handler(req)
    TRACE.append(f"< {resp.status}")
    return resp


def make_cache_middleware(cache: LRUCache):
    def cache_middleware(next_handler, req):
        if req.method != "GET":
            return next_handler(req)
        hit = cache.get(req.path)
        if hit is not None:
            hit.headers["X-Cache"] = "HIT"
            return hit
        resp = next_handler(req)
        if resp.status == 200:
            resp.headers["X-Cache"] = "MISS"
            cache.put(req.path, resp)
        return resp
    return cache_middleware


def auth_middleware(next_handler, req):
    if req.path.startswith("/admin") and req.headers.get("authorization") != "Token s3cret":
        raise HttpError(401, "missing or bad token")
    return next_handler(req)


class User:
    def __init__(self, uid: int, name: str):
        self.uid, self.name = uid, name


def build_app():
    app = Router()
    users: Dict[int, User] = {1: User(1, "ada"), 2: User(2, "grace")}
    sessions: "weakref.WeakValueDictionary[str, User]" = weakref.WeakValueDictionary()
    counter = itertools.count(3)

    @app.route("GET", "/users")
    @logged
    def list_users(req):
        return ",".join(u.name for u in users.values())

    @app.route("GET", "/users/<uid:int>")
    @logged
    def get_user(req, uid):
        try:
            return f"user {uid}: {users[uid].name}"
        except KeyError:
            raise HttpError(404, f"user {uid} not found") from None

    @app.route("POST", "/users")
    def create_user(req):
        if not req.body.isalpha():
            raise HttpError(400, f"invalid name {req.body!r}")
        uid = next(counter)
        users[uid] = User(uid, req.body)
        sessions[req.body] = users[uid]
        return Response(201, f"created {uid}")

    @app.route("DELETE", "/users/<uid:int>")
    def delete_user(req, uid):
        user = users.pop(uid, None)
        return Response(204 if user else 404, "")

    @app.route("GET", "/admin/sessions")
    def admin_sessions(req):
        return "sessions=" + ",".join(sorted(sessions.keys()))

    cache = LRUCache(capacity=2)
    app.middleware = [timing_middleware, auth_middleware, make_cache_middleware(cache)]
    return app, cache, list_users, get_user


def main():
    app, cache, list_users, get_user = build_app()
    print("wrapped names:", list_users.__name__, get_user.__wrapped__.__name__)
    requests = [
        Request("GET", "/users"), Request("GET", "/users/1"), Request("GET", "/users/1"),
        Request("GET", "/users/9"), Request("GET", "/users/abc"), Request("PUT", "/users/1"),
        Request("POST", "/users", body="linus"), Request("POST", "/users", body="x1!"),
        Request("GET", "/users/3"), Request("GET", "/users"), Request("GET", "/users/2"),
        Request("GET", "/users/1"), Request("DELETE", "/users/2"), Request("DELETE", "/users/2"),
        Request("GET", "/admin/sessions"),
        Request("GET", "/admin/sessions", CaseInsensitiveDict({"Authorization": "Token s3cret"})),
    ]
    for req in requests:
        resp = app.dispatch(req)
        tag = resp.headers.get("x-cache", "-")
        print(f"{req.method:<6} {req.path:<16} {resp.status} {tag:<4} {resp.body}")
    print("calls:", list_users.calls, get_user.calls)
    print(f"cache hits={cache.hits} misses={cache.misses} evictions={cache.evictions}",
          list(cache.data))
    print("trace:", " ".join(TRACE[:6]), "...", len(TRACE))

    h = CaseInsensitiveDict({"Content-Type": "text/plain"}, Accept="*/*")
    h["content-type"] = "application/json"
    print(h, len(h), "ACCEPT" in h, sorted(h.keys()))
    h.setdefault("X-New", "1")
    print(h.pop("accept"), h.get("missing", "default"), list(h))
    try:
        del h["nope"]
    except KeyError as e:
        print(type(e).__name__, e)
    print(isinstance(h, collections.abc.Mapping), issubclass(CaseInsensitiveDict, dict))
    with contextlib.suppress(HttpError):
        app.match("GET", "/nowhere")
        print("not reached")
    print("done")


main()
