# Uncaught AttributeError on a user object with a "Did you mean" hint
class Config:
    def __init__(self):
        self.verbose = True
        self.colour = 'red'

    def describe(self):
        return 'verbose=' + str(self.verbose) + ' colour=' + self.color

c = Config()
print(c.verbose)
print(c.describe())
