# an event bus written with postponed annotations and typing helpers
from __future__ import annotations

from typing import Any, Callable, DefaultDict, Dict, Final, List, Literal, NamedTuple, Optional, Tuple, Union
from typing import get_type_hints
import typing
from collections import defaultdict

Level = Literal["debug", "info", "error"]
Listener = Callable[["Event"], Optional[str]]
MAX_LISTENERS: Final = 3


class Event(NamedTuple):
    name: str
    payload: Dict[str, Any]
    level: Level = "info"


class Bus:
    listeners: DefaultDict[str, List[Listener]]
    history: List[Tuple[str, Union[str, None]]]

    def __init__(self) -> None:
        self.listeners = defaultdict(list)
        self.history = []

    def on(self, name: str) -> Callable[[Listener], Listener]:
        def register(func: Listener) -> Listener:
            if len(self.listeners[name]) >= MAX_LISTENERS:
                raise RuntimeError(f"too many listeners for {name!r}")
            self.listeners[name].append(func)
            return func
        return register

    def emit(self, event: Event) -> List[Optional[str]]:
        results = [listener(event) for listener in self.listeners.get(event.name, [])]
        for result in results:
            self.history.append((event.name, result))
        return results


bus = Bus()


@bus.on("login")
def greet(event: Event) -> Optional[str]:
    return "hello " + event.payload["user"]


@bus.on("login")
def audit(event: Event) -> Optional[str]:
    return None if event.level == "debug" else f"audit:{event.level}"


print(bus.emit(Event("login", {"user": "ann"})))
print(bus.emit(Event("login", {"user": "bob"}, "debug")))
print(bus.emit(Event("logout", {})), bus.history)
for i in range(2):
    try:
        bus.on("login")(lambda e: None)
        print("registered", len(bus.listeners["login"]))
    except RuntimeError as exc:
        print("RuntimeError", exc)

# with postponed evaluation the annotations are strings ...
print(greet.__annotations__, Bus.__annotations__)
print(Event.__annotations__)
# ... which get_type_hints evaluates
print(get_type_hints(greet))
print(get_type_hints(Bus.emit))
print(get_type_hints(Bus.on)["return"])
print(typing.get_args(Level), typing.get_origin(Level) is Literal, Listener)
print(typing.get_args(Listener)[0][0], MAX_LISTENERS)
