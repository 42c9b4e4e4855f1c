# Cooperative super() in a diamond: each class runs exactly once, in MRO order
class Base:
    def __init__(self):
        print('Base init')
        self.trail = ['Base']

    def go(self):
        return ['Base']

class Left(Base):
    def __init__(self):
        print('Left init')
        super().__init__()
        self.trail.append('Left')

    def go(self):
        return ['Left'] + super().go()

class Right(Base):
    def __init__(self):
        print('Right init')
        super().__init__()
        self.trail.append('Right')

    def go(self):
        return ['Right'] + super().go()

class Bottom(Left, Right):
    def __init__(self):
        print('Bottom init')
        super().__init__()
        self.trail.append('Bottom')

    def go(self):
        return ['Bottom'] + super().go()

b = Bottom()
print(b.trail)
print(b.go())
# Left's super() goes to Right when the instance is a Bottom ...
print(Left.go(b))
# ... but straight to Base for a plain Left
print(Left().go())
