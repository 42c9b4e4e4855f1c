# int methods and attributes
for n in [0, 1, 5, 255, 256, -1, -255, 2**100]:
    print(n, n.bit_length(), n.bit_count())
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (7).conjugate(), (7).numerator, (7).denominator)
print((5).real, (5).imag, True.numerator, (-8).denominator)
print((1000).to_bytes(2, 'big'), int.from_bytes(b'\x03\xe8', 'big'))
print(int.bit_length(8), int.__name__, (3).__class__.__name__)
print(True.bit_length(), False.as_integer_ratio(), True + True, True * 3, -True)
print(isinstance(True, int), int(True), int(False), True == 1, False == 0)
print((2**64).bit_length(), (-(2**64)).bit_length(), (2**64 - 1).bit_count())
print(int(), int(7), int(-7.9), int('  -12  '), int(b'42'), int('0o17', 0), int('0X1f', 0))
print(1_000_000, 0x_ff, 0b_1010, 0o_17)
# int() of a user class
class Num:
    def __index__(self):
        return 6
class IntLike:
    def __int__(self):
        return 9
print(int(IntLike()), bin(Num()), [0, 1, 2, 3, 4, 5, 6, 7][Num()], 'ab' * Num())
try:
    int('3.5')
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    (3).bit_length(1)
except TypeError as e:
    print('TypeError:', e)
