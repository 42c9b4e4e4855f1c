# Uncaught exception raised from a property getter
class Temperature:
    def __init__(self, kelvin):
        self._kelvin = kelvin

    @property
    def kelvin(self):
        if self._kelvin < 0:
            raise ValueError("temperature below absolute zero: " + str(self._kelvin))
        return self._kelvin

    @property
    def celsius(self):
        return round(self.kelvin - 273.15, 2)


readings = [Temperature(300), Temperature(273.15), Temperature(-4)]
for t in readings:
    print("celsius:", t.celsius)
