# super(Class, self) with explicit arguments; class attributes per subclass
class Base:
    count = 0

    def name(self):
        return 'Base'

    def bump(self):
        type(self).count = type(self).count + 1

class Mid(Base):
    def name(self):
        return 'Mid>' + super(Mid, self).name()

class Leaf(Mid):
    def name(self):
        return 'Leaf>' + super(Leaf, self).name()

    def skip(self):
        # start the lookup after Mid, skipping Mid.name
        return super(Mid, self).name()

leaf = Leaf()
print(leaf.name())
print(leaf.skip())
print(super(Leaf, leaf).name())

b = Base()
m = Mid()
b.bump()
m.bump()
m.bump()
leaf.bump()
print(Base.count, Mid.count, Leaf.count)
print('count' in Mid.__dict__, 'count' in Leaf.__dict__)

# overriding a class attribute in the subclass does not touch the base
class Config:
    debug = False
    level = 1

class DevConfig(Config):
    debug = True

print(Config.debug, DevConfig.debug, DevConfig.level)
DevConfig.level = 5
print(Config.level, DevConfig.level)
del DevConfig.level
print(DevConfig.level)
