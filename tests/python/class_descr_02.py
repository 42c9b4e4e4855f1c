# property with @x.setter and @x.deleter
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError('below absolute zero: ' + str(value))
        print('setting', value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 // 9

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)
t.celsius += 10
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
print(t.celsius, t.__dict__)
del t.celsius
print(t.__dict__)
try:
    t.celsius
except AttributeError as e:
    print('AttributeError:', e)
t.celsius = 1
print(t.celsius)
