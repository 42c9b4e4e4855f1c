# Text adventure engine: enum + random (seeded) + dataclasses, driven by a scripted player.
import enum
import random
from dataclasses import dataclass, field
from typing import Dict, List, Optional


class Direction(enum.Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self) -> "Direction":
        return {Direction.NORTH: Direction.SOUTH, Direction.SOUTH: Direction.NORTH,
                Direction.EAST: Direction.WEST, Direction.WEST: Direction.EAST}[self]


class ItemKind(enum.Flag):
    NONE = 0
    WEAPON = enum.auto()
    LIGHT = enum.auto()
    KEY = enum.auto()
    FOOD = enum.auto()


@dataclass
class Thing:
    name: str
    kind: ItemKind = ItemKind.NONE
    power: int = 0


@dataclass
class Monster:
    name: str
    hp: int
    attack: int
    loot: Optional[Thing] = None

    @property
    def alive(self) -> bool:
        return self.hp > 0


@dataclass
class Room:
    key: str
    title: str
    dark: bool = False
    locked_by: Optional[str] = None
    exits: Dict[Direction, str] = field(default_factory=dict)
    things: List[Thing] = field(default_factory=list)
    monster: Optional[Monster] = None


@dataclass
class Player:
    room: str
    hp: int = 20
    inventory: List[Thing] = field(default_factory=list)
    visited: set = field(default_factory=set)

    def has(self, flag: ItemKind) -> bool:
        return any(t.kind & flag for t in self.inventory)

    def best_weapon(self) -> Optional[Thing]:
        weapons = [t for t in self.inventory if ItemKind.WEAPON in t.kind]
        return max(weapons, key=lambda t: t.power, default=None)


class GameOver(Exception):
    pass


class CommandError(Exception):
    pass


class World:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.rooms: Dict[str, Room] = {}
        self.turns = 0

    def add(self, room: Room) -> Room:
        self.rooms[room.key] = room
        return room

    def connect(self, a: str, d: Direction, b: str) -> None:
        self.rooms[a].exits[d] = b
        self.rooms[b].exits[d.opposite] = a


class Game:
    def __init__(self, world: World, player: Player):
        self.world = world
        self.player = player
        self.log: List[str] = []

    def say(self, msg: str) -> None:
        self.log.append(msg)
        print(f"[{self.world.turns:02d}] {msg}")

    @property
    def here(self) -> Room:
        return self.world.rooms[self.player.room]

    def look(self) -> None:
        room = self.here
        if room.dark and not self.player.has(ItemKind.LIGHT):
            self.say("It is pitch dark.")
            return
        exits = ",".join(sorted(d.value for d in room.exits))
        stuff = ", ".join(t.name for t in room.things) or "nothing"
        self.say(f"{room.title}. Exits: {exits}. You see: {stuff}.")
        if room.monster and room.monster.alive:
            self.say(f"A {room.monster.name} ({room.monster.hp} hp) blocks the way!")

    def go(self, arg: str) -> None:
        try:
            d = Direction(arg)
        except ValueError:
            raise CommandError(f"no such direction {arg!r}") from None
        if d not in self.here.exits:
            raise CommandError("you can't go that way")
        if self.here.monster and self.here.monster.alive and self.world.rng.random() < 0.5:
            raise CommandError(f"the {self.here.monster.name} won't let you pass")
        target = self.world.rooms[self.here.exits[d]]
        if target.locked_by and not any(t.name == target.locked_by for t in self.player.inventory):
            raise CommandError(f"the way {d.name.lower()} is locked")
        self.player.room = target.key
        self.player.visited.add(target.key)
        self.look()

    def take(self, arg: str) -> None:
        for i, t in enumerate(self.here.things):
            if t.name == arg:
                self.player.inventory.append(self.here.things.pop(i))
                self.say(f"Taken: {arg} ({t.kind!r})")
                return
        raise CommandError(f"there is no {arg} here")

    def eat(self, arg: str) -> None:
        for t in self.player.inventory:
            if t.name == arg and ItemKind.FOOD in t.kind:
                self.player.inventory.remove(t)
                self.player.hp += t.power
                self.say(f"You eat the {arg}. HP is now {self.player.hp}.")
                return
        raise CommandError(f"you have no edible {arg}")

    def fight(self, _arg: str) -> None:
        m = self.here.monster
        if not m or not m.alive:
            raise CommandError("there is nothing to fight")
        weapon = self.player.best_weapon()
        bonus = weapon.power if weapon else 0
        while m.alive:
            hit = self.world.rng.randint(1, 6) + bonus
            m.hp -= hit
            self.say(f"You hit the {m.name} for {hit}" + (f" with the {weapon.name}" if weapon else ""))
            if not m.alive:
                break
            dmg = self.world.rng.randint(0, m.attack)
            self.player.hp -= dmg
            self.say(f"The {m.name} hits you for {dmg}; HP {self.player.hp}")
            if self.player.hp <= 0:
                raise GameOver(f"slain by a {m.name}")
        self.say(f"The {m.name} is defeated!")
        if m.loot:
            self.here.things.append(m.loot)
            self.say(f"It dropped a {m.loot.name}.")

    def run(self, script: List[str]) -> None:
        handlers = {"go": self.go, "take": self.take, "fight": self.fight,
                    "eat": self.eat, "look": lambda _a: self.look()}
        for line in script:
            self.world.turns += 1
            verb, _, arg = line.partition(" ")
            try:
                handler = handlers[verb]
            except KeyError:
                self.say(f"I don't know how to {verb!r}.")
                continue
            try:
                handler(arg)
            except CommandError as e:
                self.say(f"Can't: {e}.")
            if self.here.key == "vault":
                raise GameOver("you found the treasure")


def build_world(seed: int) -> World:
    w = World(seed)
    w.add(Room("hall", "Great hall", things=[Thing("torch", ItemKind.LIGHT)]))
    w.add(Room("armory", "Dusty armory", things=[Thing("sword", ItemKind.WEAPON, 3),
                                                 Thing("dagger", ItemKind.WEAPON, 1)]))
    w.add(Room("cellar", "Damp cellar", dark=True, things=[Thing("bread", ItemKind.FOOD, 5)],
               monster=Monster("rat king", 9, 4, Thing("brass key", ItemKind.KEY))))
    w.add(Room("stairs", "Winding stairs"))
    w.add(Room("vault", "Treasure vault", locked_by="brass key"))
    w.connect("hall", Direction.EAST, "armory")
    w.connect("hall", Direction.SOUTH, "cellar")
    w.connect("cellar", Direction.EAST, "stairs")
    w.connect("stairs", Direction.NORTH, "vault")
    return w


def play(seed: int, script: List[str]) -> None:
    print(f"=== game with seed {seed} ===")
    game = Game(build_world(seed), Player("hall", visited={"hall"}))
    game.look()
    try:
        game.run(script)
        print("Script finished without ending.")
    except GameOver as e:
        print("GAME OVER:", e)
    p = game.player
    print(f"hp={p.hp} turns={game.world.turns} visited={sorted(p.visited)} "
          f"inventory={[t.name for t in p.inventory]}")
    kinds = ItemKind.NONE
    for t in p.inventory:
        kinds |= t.kind
    print("carried kinds:", kinds, bool(kinds & ItemKind.KEY))


SCRIPT = ["take torch", "go x", "go e", "take sword", "take shield", "go w",
          "dance", "go s", "go e", "fight", "take brass key", "take bread", "eat bread",
          "fight", "go e", "go n"]

play(1, SCRIPT)
play(42, SCRIPT)
play(7, ["go s", "look", "fight", "go e", "go n"])
print(list(Direction), Direction("n").opposite, ItemKind.WEAPON | ItemKind.FOOD)
print(ItemKind(5), ItemKind.LIGHT in (ItemKind.LIGHT | ItemKind.KEY), ~ItemKind.KEY)
