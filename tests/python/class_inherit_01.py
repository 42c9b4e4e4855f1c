# Single inheritance: inherited methods, overriding, calling the base explicitly
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' says ' + self.sound

    def kind(self):
        return 'animal'

    def intro(self):
        return self.kind() + ': ' + self.speak()

class Dog(Animal):
    sound = 'woof'

    def kind(self):
        return 'dog'

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'

a = Animal('generic')
d = Dog('rex')
p = Puppy('bit')
print(a.speak())
print(d.speak())
print(p.speak())
print(a.intro())
print(d.intro())
print(p.intro())
print(p.kind(), p.sound, p.name)
print(Puppy.__bases__ == (Dog,), Dog.__bases__ == (Animal,))
print(Puppy.__base__.__name__, Animal.__base__.__name__)
print(isinstance(p, Animal), issubclass(Puppy, Animal))
print('speak' in Puppy.__dict__, 'kind' in Puppy.__dict__)
