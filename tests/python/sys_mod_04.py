# sys.exit from nested functions and from an except clause; exit code 3
import sys

def validate(values):
    for v in values:
        if v < 0:
            print('negative value', v)
            sys.exit(3)
    return sum(values)

print(validate([1, 2, 3]))
try:
    int('nope')
except ValueError as e:
    print('handling', type(e).__name__)
    validate([4, -5, 6])
print('never printed')
