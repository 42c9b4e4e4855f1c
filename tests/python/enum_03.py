# IntEnum: members are ints too.
from enum import IntEnum, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
    URGENT = 10  # alias


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f'{Priority.HIGH}')
print(format(Priority.LOW, '03d'), '%d|%s|%r' % (Priority.MEDIUM, Priority.MEDIUM, Priority.MEDIUM))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.HIGH // 3, -Priority.LOW, abs(Priority.LOW))
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH > 7, 10 == Priority.URGENT)
print(isinstance(Priority.LOW, int), int(Priority.HIGH), float(Priority.MEDIUM))
print(sorted([Priority.HIGH, 3, Priority.LOW, 7]))
print(max(Priority), min(Priority), sum(Priority))
print(list(Priority), len(Priority), Priority(10), Priority['URGENT'])
print(['a', 'b', 'c', 'd', 'e', 'f'][Priority.MEDIUM])
print(hash(Priority.LOW) == hash(1), {1: 'one'}[Priority.LOW], {Priority.LOW: 'x'}[1])
print(Priority.HIGH.name, Priority.HIGH.value, type(Priority.HIGH.value))
print(range(10)[Priority.LOW:Priority.MEDIUM])
print(bin(Priority.HIGH), hex(Priority.HIGH), Priority.HIGH.bit_length(), Priority.HIGH.real)
try:
    Priority(2)
except ValueError as e:
    print(type(e).__name__, e)

# Values are converted by int().
class Level(IntEnum):
    ONE = '1'
    TWO = 2.0


print(Level.ONE, repr(Level.TWO), Level('1') if False else Level(1))
try:
    class Bad(IntEnum):
        X = 'x'
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)


# Plain Enum members are not ints.
class Plain(Enum):
    A = 1


print(Plain.A == 1, isinstance(Plain.A, int))
try:
    Plain.A + 1
except TypeError as e:
    print(type(e).__name__, e)


# IntEnum methods.
class HttpStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400

    @classmethod
    def from_code(cls, code):
        try:
            return cls(code)
        except ValueError:
            return None


for code in (200, 404, 500, 302):
    s = HttpStatus.from_code(code)
    print(code, s, repr(s), s is not None and s.is_error)
print(HttpStatus.OK.to_bytes(2, 'big'), HttpStatus.NOT_FOUND // 100)
print(dir(HttpStatus.OK)[:3], 'is_error' in dir(HttpStatus.OK))
