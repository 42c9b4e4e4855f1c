# Class statement, __init__, instance attributes, methods, class attributes
class Dog:
    species = 'canis'
    legs = 4

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return self.name + ' is ' + str(self.age)

    def birthday(self):
        self.age = self.age + 1
        return self.age

a = Dog('Rex', 3)
b = Dog('Fido', 5)
print(a.name, a.age, b.name, b.age)
print(a.describe())
print(b.describe())
print(a.birthday(), a.birthday(), a.age, b.age)
print(a.species, b.species, Dog.species, Dog.legs)

# instance attribute shadows class attribute
a.species = 'wolf'
print(a.species, b.species, Dog.species)

# changing the class attribute is seen by instances without their own
Dog.species = 'dog'
print(a.species, b.species, Dog.species)

# new attributes can be added to instances at any time
b.owner = 'Sam'
print(b.owner)
print(b.describe() + ', owner ' + b.owner)
