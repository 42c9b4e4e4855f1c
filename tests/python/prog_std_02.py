# Web server log analyzer: Counter/defaultdict + itertools + functools + io.StringIO + string.Template.
import collections
import functools
import io
import itertools
import string
from typing import Iterator, NamedTuple


RAW_LOG = """\
10.0.0.1 - alice [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120 12
10.0.0.2 - - [12/Mar/2024:10:00:03] "GET /about.html HTTP/1.1" 200 2048 8
10.0.0.1 - alice [12/Mar/2024:10:00:07] "POST /api/login HTTP/1.1" 302 0 45
10.0.0.3 - - [12/Mar/2024:10:01:15] "GET /missing.png HTTP/1.1" 404 312 3
10.0.0.4 - bob [12/Mar/2024:10:01:16] "GET /api/items?page=2 HTTP/1.1" 200 9000 120
garbage line that does not parse
10.0.0.2 - - [12/Mar/2024:10:02:00] "GET /index.html HTTP/1.1" 304 0 2
10.0.0.5 - - [12/Mar/2024:10:02:30] "DELETE /api/items/7 HTTP/1.1" 403 128 15
10.0.0.4 - bob [12/Mar/2024:10:03:01] "GET /api/items?page=3 HTTP/1.1" 500 64 999
10.0.0.1 - alice [12/Mar/2024:10:03:05] "GET /index.html HTTP/1.1" 200 5120 11
10.0.0.6 - - [12/Mar/2024:10:04:44] "GET /robots.txt HTTP/1.0" 200 24 1
10.0.0.3 - - [12/Mar/2024:10:05:10] "GET /missing.png HTTP/1.1" 404 312 2
10.0.0.4 - bob [12/Mar/2024:10:05:12] "PUT /api/items/3 HTTP/1.1" 201 77 88
10.0.0.7 - carol [12/Mar/2024:10:06:00] "GET /about.html HTTP/1.1" 200 2048 9
10.0.0.7 - carol [12/Mar/2024:10:06:59] "GET /api/items?page=1 HTTP/1.1" 200 8800 101
"""


class Entry(NamedTuple):
    ip: str
    user: str
    minute: str
    method: str
    path: str
    status: int
    size: int
    millis: int

    @property
    def resource(self) -> str:
        return self.path.split("?", 1)[0]


class ParseError(ValueError):
    def __init__(self, lineno: int, line: str, reason: str):
        super().__init__(f"line {lineno}: {reason}: {line[:20]!r}")
        self.lineno = lineno


def parse_line(lineno: int, line: str) -> Entry:
    try:
        head, rest = line.split(" [", 1)
        stamp, rest = rest.split("] ", 1)
        request, tail = rest[1:].split('" ', 1)
    except ValueError:
        raise ParseError(lineno, line, "malformed") from None
    ip, _, user = head.split(" ")
    method, path, _proto = request.split(" ")
    status, size, millis = map(int, tail.split())
    minute = stamp.split(":", 1)[1][:5]
    return Entry(ip, "" if user == "-" else user, minute, method, path, status, size, millis)


def read_entries(stream: io.StringIO, errors: list) -> Iterator[Entry]:
    for lineno, line in enumerate(stream, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        try:
            yield parse_line(lineno, line)
        except ParseError as e:
            errors.append(e)


def status_class(code: int) -> str:
    return f"{code // 100}xx"


@functools.lru_cache(maxsize=None)
def classify_path(path: str) -> str:
    if path.startswith("/api/"):
        return "api"
    if path.endswith((".png", ".jpg", ".css")):
        return "asset"
    return "page"


def percentile(sorted_values, pct):
    if not sorted_values:
        raise ValueError("no data")
    k = (len(sorted_values) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    frac = k - lo
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * frac


def histogram(counter: collections.Counter, width: int = 30) -> str:
    out = io.StringIO()
    top = max(counter.values())
    for key, count in sorted(counter.items()):
        bar = "#" * max(1, count * width // top)
        out.write(f"{key:>6} | {bar} {count}\n")
    return out.getvalue()


REPORT = string.Template("""\
== Report for $host ==
requests: $total (parse errors: $errors)
bytes:    $bytes
users:    $users
slowest:  $slow_path (${slow_ms}ms)
""")


def main():
    errors = []
    entries = list(read_entries(io.StringIO(RAW_LOG), errors))
    for e in errors:
        print("skipped", e, "| lineno attr =", e.lineno)

    by_status = collections.Counter(status_class(e.status) for e in entries)
    by_ip = collections.Counter(e.ip for e in entries)
    by_kind = collections.defaultdict(list)
    for e in entries:
        by_kind[classify_path(e.resource)].append(e)
    print(classify_path.cache_info())

    total_bytes = functools.reduce(lambda acc, e: acc + e.size, entries, 0)
    slow = max(entries, key=lambda e: e.millis)
    users = sorted({e.user for e in entries if e.user})
    print(REPORT.substitute(host="example.org", total=len(entries), errors=len(errors),
                            bytes=f"{total_bytes:,}", users=", ".join(users),
                            slow_path=slow.path, slow_ms=slow.millis), end="")

    print(histogram(by_status), end="")
    print("top ips:", by_ip.most_common(3))

    for kind in sorted(by_kind):
        group = by_kind[kind]
        ms = sorted(e.millis for e in group)
        print(f"{kind:<6} n={len(group):2d} p50={percentile(ms, 50):7.2f} "
              f"p90={percentile(ms, 90):7.2f} max={ms[-1]}")

    print("--- per minute ---")
    for minute, group in itertools.groupby(entries, key=lambda e: e.minute):
        group = list(group)
        methods = collections.Counter(e.method for e in group)
        desc = " ".join(f"{m}={c}" for m, c in sorted(methods.items()))
        print(minute, len(group), desc)

    print("--- sessions by user ---")
    keyed = sorted((e for e in entries if e.user), key=lambda e: (e.user, e.minute))
    for user, group in itertools.groupby(keyed, key=lambda e: e.user):
        paths = [e.resource for e in group]
        print(f"{user}: {' -> '.join(paths)}")

    print("--- pairwise gaps (alice) ---")
    alice = [int(e.minute[3:]) for e in entries if e.user == "alice"]
    for a, b in zip(alice, alice[1:]):
        print(f"{a:02d} -> {b:02d}: {b - a} min")

    errors_only = list(itertools.filterfalse(lambda e: e.status < 400, entries))
    print("errors:", [(e.status, e.resource) for e in errors_only])
    running = list(itertools.accumulate(e.size for e in entries))
    print("running bytes:", running[:5], "...", running[-1])
    chunks = [list(c) for c in itertools.zip_longest(*[iter(range(len(entries)))] * 4)]
    print("pages of 4:", chunks)
    combos = sorted(itertools.combinations(sorted(by_ip)[:4], 2))
    print(len(combos), combos[:3])

    counts = collections.Counter()
    for e in entries:
        counts[e.resource] += 1
    counts.subtract({"/index.html": 1, "/nothing": 2})
    print("after subtract:", sorted(counts.items())[:4])
    print("positive only:", sorted((+counts).items())[:3])
    merged = collections.Counter(a=3, b=1) + collections.Counter(a=1, c=4)
    print("merged:", sorted(merged.items()), "total", sum(merged.values()))

    tmpl = string.Template("$who visited $$path ${n} times")
    print(tmpl.safe_substitute(who="bob"))
    try:
        tmpl.substitute(who="bob")
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        string.Template("cost: $").substitute()
    except ValueError as e:
        print(type(e).__name__, e)

    buf = io.StringIO()
    print("ip", "hits", sep=",", file=buf)
    for ip, hits in sorted(by_ip.items()):
        print(ip, hits, sep=",", file=buf)
    csv_text = buf.getvalue()
    print(csv_text.count("\n"), "csv lines;", csv_text.splitlines()[1])
    buf.seek(0)
    header = buf.readline().strip().split(",")
    rows = [dict(zip(header, line.strip().split(","))) for line in buf]
    print(rows[0], rows[-1])


main()
