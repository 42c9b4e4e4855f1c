# Zero-argument super() in __init__ through several levels
class Vehicle:
    def __init__(self, wheels):
        print('Vehicle.__init__', wheels)
        self.wheels = wheels

class Car(Vehicle):
    def __init__(self, brand):
        print('Car.__init__', brand)
        super().__init__(4)
        self.brand = brand

class SportsCar(Car):
    def __init__(self, brand, top):
        print('SportsCar.__init__', brand, top)
        super().__init__(brand)
        self.top = top

s = SportsCar('zoom', 300)
print(s.wheels, s.brand, s.top)
print(s.__dict__)

# a subclass without __init__ uses the inherited one
class Hatchback(Car):
    pass

h = Hatchback('mini')
print(h.wheels, h.brand)

# super().__init__() reaching object.__init__
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True

print(Plain().ok)
