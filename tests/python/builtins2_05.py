# numeric builtins: round, divmod, pow, abs, hash, chr/ord, bin/oct/hex, int(str, base)
print(round(3.14159, 2), round(2.675, 2), round(1234.5, -2), round(-1.25, 1), round(7, -1), round(15, -1))
print(round(0.5), round(1.5), round(2.5), round(3.7), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2), divmod(1, 0.3))
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2.0, 3), pow(2, -1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vec(3, 4)), abs(-5), abs(-2.5), abs(True))
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)

print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0), hash(True) == hash(1), hash(-1) == hash(-2))
print(hash(0), hash(1), hash(12345), hash(-7), hash(2**61 - 1), hash(2**61))
try:
    hash([1])
except TypeError as e:
    print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)

print(chr(65), chr(0x263a), ord('a'), ord('€'), chr(ord('z') - 25))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
print(bin(10), oct(64), hex(255), bin(-5), hex(-255), oct(0), bin(0))
print(int('ff', 16), int('0x1F', 16), int('0b101', 0), int('777', 8), int('z', 36), int(' 42 '), int('1_000'))
try:
    int('12', 2)
except ValueError as e:
    print('ValueError:', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError:', e)
