# Diamond inheritance: attribute and method lookup follow the MRO
class Base:
    tag = 'base'

    def who(self):
        return 'Base'

    def hello(self):
        return 'hello from ' + self.who()

class Left(Base):
    def who(self):
        return 'Left'

class Right(Base):
    tag = 'right'

    def who(self):
        return 'Right'

    def extra(self):
        return 'extra'

class Bottom(Left, Right):
    pass

names = []
for c in Bottom.__mro__:
    names.append(c.__name__)
print(names)
b = Bottom()
print(b.who(), b.tag, b.extra(), b.hello())

class Bottom2(Right, Left):
    pass

names = []
for c in Bottom2.__mro__:
    names.append(c.__name__)
print(names)
print(Bottom2().who(), Bottom2().tag)

# Base appears only once, after both Left and Right
print(Bottom.__mro__.index(Base), len(Bottom.__mro__))
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Base))
