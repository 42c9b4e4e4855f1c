# Truthiness: __bool__, then __len__, else always true
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print('bool called')
        return self.on

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

class Plain:
    pass

print(bool(Flag(True)), bool(Flag(False)))
print(bool(Sized(0)), bool(Sized(3)), bool(Plain()))
if Flag(False):
    print('wrong')
else:
    print('Flag(False) is falsy')
print(not Sized(0), not Plain())
print(Sized(0) or 'fallback')
print((Flag(True) and 'second'))

n = 3
while Sized(n):
    n = n - 1
print('loop ended at', n)

# __bool__ wins over __len__
class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0

print(bool(Both()), len(Both()))

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)

class BadLen:
    def __len__(self):
        return -1

try:
    if BadLen():
        pass
except ValueError as e:
    print('ValueError:', e)
