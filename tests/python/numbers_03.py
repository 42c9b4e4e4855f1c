# complex numbers
z = 1 + 2j
w = 3 - 1j
print(z, w, repr(z), type(z).__name__)
print(z + w, z - w, z * w, z / w)
print(z.real, z.imag, z.conjugate(), abs(3 + 4j), -z, +z)
print(1j, 1j * 1j, 2j ** 2, (1 + 1j) ** 2, 0j, -1j, complex(0, -0.0))
print(complex(1, 2), complex(3), complex(), complex('1+2j'), complex(' 4-5j '), complex('j'))
print(complex(1.5, 0), complex(0, 1.5), 1.5j, (2+0j) == 2, 1j == 1j, (1+2j) != (1+3j))
print(z == 1 + 2j, 2 + 0j == 2.0, hash(2 + 0j) == hash(2))
print(z * 2, z + 1, 1 - z, z / 2, 2 / (1 + 1j))
print(abs(1j), abs(-2 + 0j), (1e300 + 1e300j).real)
print(complex(1, 2).imag, type((1j).real).__name__)
try:
    1j < 2j
except TypeError as e:
    print('TypeError:', e)
try:
    z / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    int(z)
except TypeError as e:
    print('TypeError:', e)
try:
    complex('1+')
except ValueError as e:
    print('ValueError:', e)
print(bool(0j), bool(1j), str(1 + 0j), str(-1 - 1j), repr(complex(-0.0, 1)))
print(complex(float('inf'), 1), complex(1, float('nan')))
print(sum([1j, 2, 3.5]), [1j, 2 + 3j])
