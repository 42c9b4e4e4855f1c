# getsizeof comparisons, float_info and int_info
import sys

print(type(sys.getsizeof(0)).__name__)
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print(sys.getsizeof('') < sys.getsizeof('a' * 100))
print(sys.getsizeof(b'') < sys.getsizeof(b'x' * 50))
print(sys.getsizeof(()) < sys.getsizeof((1, 2, 3, 4)))
print(sys.getsizeof(1) <= sys.getsizeof(10**100))
print(sys.getsizeof(0) > 0, sys.getsizeof(None) > 0)

class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) >= 1000)
print(sys.getsizeof(object(), 7) > 0)

class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print(type(e).__name__, e)

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon)
print(fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi.max == 1.7976931348623157e308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(len(fi), fi[0] == fi.max)

ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit)
print(ii.default_max_str_digits, ii.str_digits_check_threshold)
print(len(ii))
print(sys.get_int_max_str_digits())
