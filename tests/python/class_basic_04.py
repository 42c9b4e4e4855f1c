# isinstance and issubclass with user classes
class Animal:
    pass

class Bird(Animal):
    pass

class Fish(Animal):
    pass

class Robot:
    pass

b = Bird()
f = Fish()
r = Robot()
print(isinstance(b, Bird), isinstance(b, Animal), isinstance(b, Fish))
print(isinstance(r, Animal), isinstance(r, Robot), isinstance(r, object))
print(isinstance(b, (Fish, Robot)), isinstance(b, (Fish, Animal)))
print(isinstance(3, Animal), isinstance(Bird, Animal), isinstance(Bird, type))
print(issubclass(Bird, Animal), issubclass(Animal, Bird), issubclass(Bird, Bird))
print(issubclass(Bird, object), issubclass(Robot, Animal))
print(issubclass(Fish, (Robot, Animal)), issubclass(Fish, (Robot, Bird)))
print(issubclass(bool, int), issubclass(Bird, type), issubclass(type, object))

try:
    issubclass(b, Animal)
except TypeError as e:
    print('TypeError:', e)

try:
    isinstance(b, 'Animal')
except TypeError as e:
    print('TypeError:', e)

things = [b, f, r, 1, 'x', Bird()]
count = 0
for t in things:
    if isinstance(t, Animal):
        count = count + 1
print(count)
