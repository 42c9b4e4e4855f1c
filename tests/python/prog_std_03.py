# Job scheduler simulation: heapq + dataclasses(order=True) + enum + typing.
import enum
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Callable, Dict, Generator, List, Optional, Tuple


class Priority(enum.IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


class State(enum.Enum):
    PENDING = enum.auto()
    RUNNING = enum.auto()
    DONE = enum.auto()
    FAILED = enum.auto()
    CANCELLED = enum.auto()


@dataclass(order=True)
class Job:
    start_at: int
    priority: Priority
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: Tuple[str, ...] = field(compare=False, default=())
    retries: int = field(compare=False, default=0)
    state: State = field(compare=False, default=State.PENDING)

    def describe(self) -> str:
        return f"{self.name}[{self.priority.name.lower()}, t={self.start_at}, d={self.duration}]"


class SchedulerError(RuntimeError):
    pass


class Scheduler:
    def __init__(self, workers: int = 2):
        self.workers = workers
        self.queue: List[Job] = []
        self.counter = itertools.count()
        self.jobs: Dict[str, Job] = {}
        self.clock = 0
        self.timeline: List[Tuple[int, str, str]] = []
        self.failures: Dict[str, int] = {}

    def submit(self, name: str, *, at: int = 0, priority: Priority = Priority.NORMAL,
               duration: int = 1, deps: Tuple[str, ...] = (), fail_times: int = 0) -> Job:
        if name in self.jobs:
            raise SchedulerError(f"job {name!r} already submitted")
        missing = [d for d in deps if d not in self.jobs]
        if missing:
            raise SchedulerError(f"job {name!r} depends on unknown {missing}")
        job = Job(at, priority, next(self.counter), name, duration, tuple(deps))
        self.jobs[name] = job
        self.failures[name] = fail_times
        heapq.heappush(self.queue, job)
        return job

    def cancel(self, name: str) -> bool:
        job = self.jobs.get(name)
        if job is None or job.state is not State.PENDING:
            return False
        job.state = State.CANCELLED
        return True

    def ready(self, job: Job) -> Optional[bool]:
        states = [self.jobs[d].state for d in job.deps]
        if any(s in (State.FAILED, State.CANCELLED) for s in states):
            return None
        return all(s is State.DONE for s in states)

    def run(self) -> Generator[str, None, None]:
        running: List[Tuple[int, int, Job]] = []
        while self.queue or running:
            while running and running[0][0] <= self.clock:
                end, _, job = heapq.heappop(running)
                if self.failures[job.name] > 0:
                    self.failures[job.name] -= 1
                    job.retries += 1
                    if job.retries > 2:
                        job.state = State.FAILED
                        yield f"t={end:3d} FAIL   {job.name} (gave up)"
                        continue
                    job.state = State.PENDING
                    job.start_at = end + 1
                    job.seq = next(self.counter)
                    heapq.heappush(self.queue, job)
                    yield f"t={end:3d} RETRY  {job.name} (attempt {job.retries + 1})"
                    continue
                job.state = State.DONE
                self.timeline.append((end, "done", job.name))
                yield f"t={end:3d} DONE   {job.name}"
            deferred = []
            while self.queue and len(running) < self.workers and self.queue[0].start_at <= self.clock:
                job = heapq.heappop(self.queue)
                if job.state is State.CANCELLED:
                    yield f"t={self.clock:3d} SKIP   {job.name} (cancelled)"
                    continue
                ok = self.ready(job)
                if ok is None:
                    job.state = State.CANCELLED
                    yield f"t={self.clock:3d} DROP   {job.name} (dependency failed)"
                    continue
                if not ok:
                    deferred.append(job)
                    continue
                job.state = State.RUNNING
                heapq.heappush(running, (self.clock + job.duration, job.seq, job))
                yield f"t={self.clock:3d} START  {job.describe()}"
            for job in deferred:
                heapq.heappush(self.queue, job)
            candidates = []
            if running:
                candidates.append(running[0][0])
            if self.queue:
                nxt = self.queue[0].start_at
                candidates.append(nxt if nxt > self.clock else self.clock + 1)
            if not candidates:
                break
            self.clock = max(self.clock + (0 if candidates and min(candidates) > self.clock else 1),
                             min(candidates))
            if self.clock > 500:
                raise SchedulerError("simulation did not converge")


def summarize(jobs: Dict[str, Job]) -> Dict[State, List[str]]:
    out: Dict[State, List[str]] = {}
    for job in jobs.values():
        out.setdefault(job.state, []).append(job.name)
    return out


def main():
    s = Scheduler(workers=2)
    s.submit("fetch", priority=Priority.HIGH, duration=3)
    s.submit("compile", deps=("fetch",), duration=4)
    s.submit("lint", deps=("fetch",), priority=Priority.LOW, duration=2)
    s.submit("docs", at=2, priority=Priority.LOW, duration=5)
    s.submit("test", deps=("compile",), duration=3, fail_times=1)
    s.submit("flaky", at=1, priority=Priority.NORMAL, duration=1, fail_times=5)
    s.submit("after-flaky", deps=("flaky",), duration=1)
    s.submit("hotfix", at=4, priority=Priority.CRITICAL, duration=1)
    s.submit("optional", at=3, duration=2)
    s.submit("package", deps=("test", "lint"), priority=Priority.HIGH, duration=2)
    for bad in [lambda: s.submit("fetch"), lambda: s.submit("deploy", deps=("ghost",))]:
        try:
            bad()
        except SchedulerError as e:
            print(type(e).__name__, e)
    print("cancel optional:", s.cancel("optional"), "cancel again:", s.cancel("nope"))

    peek = sorted(s.queue)[:3]
    print("first in order:", [j.name for j in peek])
    print("compare:", s.jobs["hotfix"] < s.jobs["docs"], s.jobs["fetch"] < s.jobs["compile"])

    for line in s.run():
        print(line)
    print("finished at t =", s.clock)
    summary = summarize(s.jobs)
    for state in State:
        if state in summary:
            print(f"{state.name:<9} {sorted(summary[state])}")
    print("retries:", {n: j.retries for n, j in s.jobs.items() if j.retries})
    print("done order:", [name for _, _, name in s.timeline])

    print(Priority.HIGH < Priority.LOW, Priority(3), Priority["CRITICAL"].value)
    print(sorted([Priority.LOW, Priority.CRITICAL, 2]))
    print(State.DONE, repr(State.FAILED), State.DONE.value, len(State))
    try:
        Priority(9)
    except ValueError as e:
        print(type(e).__name__, e)

    # merge per-worker schedules that are already sorted
    a = [(1, "a1"), (4, "a2"), (9, "a3")]
    b = [(2, "b1"), (3, "b2"), (10, "b3")]
    print(list(heapq.merge(a, b)))
    print(heapq.nsmallest(3, s.jobs.values(), key=lambda j: (j.retries, j.name))[0].name)
    print([j.name for j in heapq.nlargest(2, s.jobs.values(), key=lambda j: j.duration)])
    h = []
    for job in s.jobs.values():
        heapq.heappush(h, (-job.duration, job.name))
    print([heapq.heappop(h)[1] for _ in range(4)])
    print(heapq.heappushpop(h, (-100, "zzz")), heapq.heapreplace(h, (0, "x")))


main()
