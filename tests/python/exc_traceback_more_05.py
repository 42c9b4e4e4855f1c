# Uncaught exception in a method reached through super()
class Base:
    def validate(self, value):
        if value < 0:
            raise ValueError(f"{type(self).__name__}: negative value {value}")
        return value


class Middle(Base):
    def validate(self, value):
        print("Middle.validate", value)
        return super().validate(value) * 2


class Leaf(Middle):
    def validate(self, value):
        print("Leaf.validate", value)
        return super().validate(value + 1)


leaf = Leaf()
print(leaf.validate(3))
print(leaf.validate(-5))
