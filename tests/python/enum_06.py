# The functional API: Enum('Name', names, ...).
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.CAT.value, Animal(4), Animal['BEE'])
print(Animal.__name__, Animal.__qualname__, len(Animal))

Shape = Enum('Shape', 'SQUARE, CIRCLE,TRIANGLE', start=10)
print(list(Shape))

Pets = Enum('Pets', ['DOG', 'CAT'])
print(list(Pets))

Coins = Enum('Coins', [('PENNY', 1), ('NICKEL', 5), ('DIME', 10), ('CENT', 1)])
print(list(Coins), Coins.CENT, Coins(10))

Grades = Enum('Grades', {'A': 90, 'B': 80, 'C': 70})
print(list(Grades), Grades.B.value)

Status = IntEnum('Status', 'ACTIVE INACTIVE')
print(list(Status), Status.ACTIVE + 1, Status.INACTIVE == 2, str(Status.ACTIVE))

Bits = Flag('Bits', 'ONE TWO FOUR')
print(list(Bits), repr(Bits.ONE | Bits.FOUR))

IBits = IntFlag('IBits', 'A B C')
print(list(IBits), repr(IBits.A | 8))

Mixed = Enum('Mixed', 'X Y', type=int)
print(list(Mixed), Mixed.X + Mixed.Y, isinstance(Mixed.X, int))

Words = StrEnum('Words', 'HELLO WORLD')
print(list(Words), Words.HELLO.upper())

Named = Enum('Named', 'P Q', qualname='Outer.Named')
print(Named.__qualname__, list(Named))

Empty = Enum('Empty', [])
print(list(Empty), len(Empty))

Alt = Enum('Alt', (('ON', True), ('OFF', False)))
print(list(Alt), Alt(True))


# Functional and class syntax produce equivalent enums.
class Animal2(Enum):
    ANT = 1
    BEE = 2
    CAT = 3
    DOG = 4


print([(a.name, a.value) for a in Animal] == [(a.name, a.value) for a in Animal2])
print(Animal.ANT == Animal2.ANT)

# A functional enum used as a base (no members yet).
class Base(Enum):
    def label(self):
        return self.name.title()


Fruit = Base('Fruit', 'APPLE BANANA')
print([f.label() for f in Fruit], isinstance(Fruit.APPLE, Base))

try:
    Animal('Animal2', 'X Y')
except TypeError as e:
    print(type(e).__name__, e)
try:
    Enum('Bad', 'A mro')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Enum('Bad', [('A', 1), ('A', 2)])
except TypeError as e:
    print(type(e).__name__, e)
