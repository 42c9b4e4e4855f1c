# A small log analyser combining the collections types.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap

Entry = namedtuple("Entry", "ts level service message")

LOG = """\
09:00:01 INFO auth user alice logged in
09:00:05 WARN db slow query 120ms
09:00:07 INFO auth user bob logged in
09:00:09 ERROR payment card declined
09:01:00 INFO db query ok
09:01:30 ERROR db connection lost
09:01:31 ERROR db connection lost
09:02:00 INFO auth user alice logged out
09:02:10 WARN payment retrying
09:03:00 INFO payment card accepted
"""

entries = []
for line in LOG.splitlines():
    ts, level, service, message = line.split(" ", 3)
    entries.append(Entry(ts, level, service, message))
print(len(entries), entries[0])

levels = Counter(e.level for e in entries)
print(levels, levels.most_common(1))

by_service = defaultdict(list)
for e in entries:
    by_service[e.service].append(e)
for service, items in sorted(by_service.items()):
    print(service, [i.level for i in items])

errors_per_service = Counter(e.service for e in entries if e.level == "ERROR")
warnings = Counter(e.service for e in entries if e.level == "WARN")
print("problems:", errors_per_service + warnings)
print("only errors:", errors_per_service - warnings)

# keep the last 3 errors
recent_errors = deque(maxlen=3)
for e in entries:
    if e.level == "ERROR":
        recent_errors.append(e.ts)
print(recent_errors)

# first occurrence of each distinct message, in order
first_seen = OrderedDict()
for e in entries:
    first_seen.setdefault(e.message, e.ts)
print(list(first_seen.items())[:4])
first_seen.move_to_end("card declined", last=False)
print(next(iter(first_seen)))

# settings with overrides
settings = ChainMap({"threshold": 2}, {"threshold": 5, "report": "short"})
noisy = [s for s, n in errors_per_service.items() if n >= settings["threshold"]]
print(noisy, settings["report"])

# sessions: login/logout pairing
open_sessions = {}
durations = []
for e in entries:
    if e.service == "auth":
        words = e.message.split()
        user, action = words[1], words[-1]
        if action == "in":
            open_sessions[user] = e.ts
        else:
            start = open_sessions.pop(user)
            durations.append((user, start, e.ts))
print(durations, sorted(open_sessions))
