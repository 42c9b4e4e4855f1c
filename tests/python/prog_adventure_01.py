# A text adventure: rooms, items, a state machine, driven by a fixed list of commands


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class UnknownCommand(Exception):
    pass


class Item:
    def __init__(self, name, description, weight=1, portable=True):
        self.name = name
        self.description = description
        self.weight = weight
        self.portable = portable

    def __repr__(self):
        return f'Item({self.name!r})'


class Room:
    def __init__(self, key, title, description, dark=False):
        self.key = key
        self.title = title
        self.description = description
        self.dark = dark
        self.exits = {}
        self.locked = {}
        self.items = {}

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def add(self, *items):
        for it in items:
            self.items[it.name] = it


OPPOSITE = {'north': 'south', 'south': 'north', 'east': 'west', 'west': 'east', 'up': 'down', 'down': 'up'}
ALIASES = {'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'u': 'up', 'd': 'down',
           'get': 'take', 'grab': 'take', 'l': 'look', 'i': 'inventory', 'inv': 'inventory'}


def build_world():
    rooms = {
        'hall': Room('hall', 'Great Hall', 'A dusty hall with faded banners.'),
        'kitchen': Room('kitchen', 'Kitchen', 'Pots hang from hooks. It smells of old bread.'),
        'cellar': Room('cellar', 'Cellar', 'Cold stone walls drip with water.', dark=True),
        'library': Room('library', 'Library', 'Shelves of crumbling books reach the ceiling.'),
        'tower': Room('tower', 'Tower Top', 'Wind howls around a glittering pedestal.'),
    }
    h, k, c, l, t = (rooms[x] for x in ('hall', 'kitchen', 'cellar', 'library', 'tower'))
    h.connect('east', k, 'west')
    k.connect('down', c, 'up')
    h.connect('north', l, 'south')
    l.connect('up', t, 'down', locked_by='brass key')
    k.add(Item('lamp', 'An oil lamp. It is unlit.'), Item('bread', 'Stale but edible.'))
    c.add(Item('brass key', 'A heavy brass key.'), Item('barrel', 'A huge barrel.', weight=50, portable=False))
    l.add(Item('book', 'A book titled "Knots and Their Uses".', weight=3))
    h.add(Item('anvil', 'Far too heavy to carry.', weight=40))
    t.add(Item('crown', 'A jewelled crown. This is what you came for!'))
    return rooms


class Game:
    MAX_WEIGHT = 5

    def __init__(self):
        self.rooms = build_world()
        self.here = self.rooms['hall']
        self.inventory = {}
        self.lamp_lit = False
        self.moves = 0
        self.visited = {'hall'}
        self.state = 'playing'
        self.handlers = {
            'look': self.look, 'go': self.go, 'take': self.take, 'drop': self.drop,
            'inventory': self.show_inventory, 'light': self.light, 'examine': self.examine,
            'eat': self.eat, 'unlock': self.unlock,
        }
        self.unlocked = set()

    def can_see(self):
        return not self.here.dark or self.lamp_lit

    def carried_weight(self):
        return sum(it.weight for it in self.inventory.values())

    # ---- command handlers (each returns a list of lines) ----
    def look(self, arg):
        if not self.can_see():
            return ['It is pitch dark. You might trip over something.']
        lines = [f'== {self.here.title} ==', self.here.description]
        if self.here.items:
            lines.append('You see: ' + ', '.join(sorted(self.here.items)) + '.')
        exits = sorted(self.here.exits)
        lines.append('Exits: ' + (' '.join(exits) if exits else 'none'))
        return lines

    def go(self, direction):
        direction = ALIASES.get(direction, direction)
        if direction not in OPPOSITE:
            return [f'"{direction}" is not a direction.']
        if direction not in self.here.exits:
            return ["You can't go that way."]
        if direction in self.here.locked and (self.here.key, direction) not in self.unlocked:
            return [f'The way {direction} is locked.']
        self.here = self.here.exits[direction]
        first = self.here.key not in self.visited
        self.visited.add(self.here.key)
        lines = self.look('')
        if first:
            lines.append('(first visit)')
        return lines

    def take(self, name):
        if not self.can_see():
            return ['You fumble around in the dark but find nothing.']
        item = self.here.items.get(name)
        if item is None:
            return [f'There is no {name} here.']
        if not item.portable:
            return [f'The {name} will not budge.']
        if self.carried_weight() + item.weight > self.MAX_WEIGHT:
            return [f'The {name} is too heavy (carrying {self.carried_weight()}/{self.MAX_WEIGHT}).']
        del self.here.items[name]
        self.inventory[name] = item
        lines = [f'Taken: {name}.']
        if name == 'crown':
            raise GameOver(True, 'You lift the crown. Victory!')
        return lines

    def drop(self, name):
        item = self.inventory.pop(name, None)
        if item is None:
            return [f"You aren't carrying {name}."]
        self.here.add(item)
        return [f'Dropped: {name}.']

    def show_inventory(self, arg):
        if not self.inventory:
            return ['You are empty-handed.']
        parts = [f'{n} ({it.weight})' for n, it in sorted(self.inventory.items())]
        return ['You carry: ' + ', '.join(parts) + f'. Total {self.carried_weight()}.']

    def light(self, name):
        if name != 'lamp':
            return [f'You cannot light the {name}.']
        if 'lamp' not in self.inventory:
            return ['You have no lamp.']
        if self.lamp_lit:
            return ['The lamp is already lit.']
        self.lamp_lit = True
        self.inventory['lamp'].description = 'An oil lamp, burning brightly.'
        return ['The lamp flickers to life.'] + (self.look('') if self.here.dark else [])

    def examine(self, name):
        item = self.inventory.get(name) or (self.here.items.get(name) if self.can_see() else None)
        if item is None:
            return [f'You see no {name}.']
        return [item.description]

    def eat(self, name):
        if name not in self.inventory:
            return [f"You don't have {name}."]
        if name != 'bread':
            return [f'The {name} is not food.']
        del self.inventory['bread']
        return ['You eat the bread. Delicious, sort of.']

    def unlock(self, direction):
        direction = ALIASES.get(direction, direction)
        needed = self.here.locked.get(direction)
        if needed is None:
            return ['There is nothing to unlock there.']
        if needed not in self.inventory:
            return [f'You need the {needed}.']
        self.unlocked.add((self.here.key, direction))
        return [f'You unlock the way {direction} with the {needed}.']

    # ---- parsing and dispatch ----
    def parse(self, line):
        words = line.lower().split()
        if not words:
            raise UnknownCommand('Say something.')
        verb, *rest = words
        verb = ALIASES.get(verb, verb)
        if verb in OPPOSITE:
            verb, rest = 'go', [verb]
        if verb not in self.handlers:
            raise UnknownCommand(f'I don\'t know how to "{verb}".')
        return verb, ' '.join(rest)

    def step(self, line):
        self.moves += 1
        verb, arg = self.parse(line)
        return self.handlers[verb](arg)


def transcript(commands):
    game = Game()
    for line in game.look(''):
        yield '  ' + line
    for cmd in commands:
        yield f'> {cmd}'
        try:
            for out in game.step(cmd):
                yield '  ' + out
        except UnknownCommand as e:
            yield '  ' + str(e)
        except GameOver as over:
            yield '  ' + str(over)
            game.state = 'won' if over.won else 'lost'
            break
    yield f'[state={game.state} moves={game.moves} visited={len(game.visited)}/{len(game.rooms)}]'
    yield '[visited rooms: ' + ', '.join(sorted(game.visited)) + ']'


COMMANDS = [
    'look', 'take anvil', 'e', 'take lamp', 'get bread', 'examine lamp', 'i',
    'dance', '', 'down', 'take brass key', 'light lamp', 'take brass key', 'take barrel',
    'examine key', 'up', 'w', 'n', 'up', 'unlock up', 'take book', 'drop bread',
    'take book', 'inventory', 'eat book', 'go sideways', 'west', 'u', 'look', 'take crown',
    'look',
]

for line in transcript(COMMANDS):
    print(line)

# a second, shorter run that never wins
print('--- second run ---')
for line in transcript(['s', 'n', 'light lamp', 'inv', 'drop lamp', 'eat bread']):
    print(line)
