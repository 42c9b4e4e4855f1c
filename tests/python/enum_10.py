# A card game and a traffic-light state machine built on enums.
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class Suit(Enum):
    CLUBS = '♣'
    DIAMONDS = '♦'
    HEARTS = '♥'
    SPADES = '♠'

    @property
    def color(self):
        return 'red' if self in (Suit.DIAMONDS, Suit.HEARTS) else 'black'


class Rank(IntEnum):
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5
    SIX = 6
    SEVEN = 7
    EIGHT = 8
    NINE = 9
    TEN = 10
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14

    @property
    def short(self):
        return str(int(self)) if self <= 10 else self.name[0]


deck = [(rank, suit) for suit in Suit for rank in Rank]
print(len(deck), deck[0], deck[-1])


def card_str(card):
    rank, suit = card
    return f'{rank.short}{suit.value}'


# A deterministic "shuffle".
shuffled = [deck[(i * 17) % len(deck)] for i in range(len(deck))]
hands = [shuffled[i::4][:5] for i in range(4)]
for n, hand in enumerate(hands):
    hand.sort(key=lambda c: (c[0], c[1].name), reverse=True)
    by_suit = {}
    for rank, suit in hand:
        by_suit.setdefault(suit, []).append(rank)
    best = max(hand)[0]
    print(n, ' '.join(card_str(c) for c in hand), '| high:', best.name,
          '| colors:', sorted({s.color for _, s in hand}),
          '| flush' if len(by_suit) == 1 else '')

points = {Rank.JACK: 1, Rank.QUEEN: 2, Rank.KING: 3, Rank.ACE: 4}
for n, hand in enumerate(hands):
    print(n, sum(points.get(r, 0) for r, _ in hand))


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        return _TRANSITIONS[self]

    @property
    def duration(self):
        return {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}[self]


_TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}

state, clock = Light.RED, 0
log = []
while clock < 120:
    log.append(f'{clock:3d}s {state.name}')
    clock += state.duration
    state = state.next()
print('\n'.join(log))


class Feature(Flag):
    WIFI = auto()
    BLUETOOTH = auto()
    GPS = auto()
    NFC = auto()
    BASIC = WIFI | BLUETOOTH
    PREMIUM = BASIC | GPS | NFC


devices = {
    'phone': Feature.PREMIUM,
    'tablet': Feature.BASIC | Feature.GPS,
    'watch': Feature.BLUETOOTH | Feature.NFC,
    'sensor': Feature(0),
}
for name, features in devices.items():
    missing = Feature.PREMIUM & ~features
    print(f'{name:7s}', repr(features), '| missing:', [f.name for f in missing] or '-',
          '| gps' if Feature.GPS in features else '')


def describe(light):
    match light:
        case Light.RED:
            return 'stop'
        case Light.GREEN | Light.YELLOW:
            return 'go (carefully)' if light is Light.YELLOW else 'go'


print([describe(l) for l in Light])
