# ValueError: int() with an invalid base and invalid digits for a base
print(int('101', 2), int('777', 8))
try:
    int('9', 8)
except ValueError as e:
    print('caught:', e)
try:
    int('12', 37)
except ValueError as e:
    print('caught:', e)
print(int('12', 1))
