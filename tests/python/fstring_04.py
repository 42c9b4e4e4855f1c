# f-strings: number formats: sign, grouping, precision, e, %, bases
n = 1234567
print(f'{n:,} {n:_} {-n:,}')
print(f'{n:+} {-n:+} {n:-} {n: } {-n: }')
print(f'{0:+} {0: }')
x = 1234.56789
print(f'{x:.2f} {x:.0f} {x:,.2f} {x:_.3f}')
print(f'{x:+.1f} {-x:+.1f} {x: .1f}')
print(f'{x:e} {x:.2e} {x:E} {0.000123:.3e}')
print(f'{x:g} {1e-7:g} {1e16:g} {123456789.0:g} {0.5:g}')
print(f'{0.256:%} {0.256:.1%} {1:.0%} {-0.5:%}')
print(f'{255:x} {255:X} {255:#x} {255:#X}')
print(f'{8:o} {8:#o} {5:b} {5:#b} {-5:b} {-255:#x}')
print(f'{255:08b} {255:#010b} {255:#06x}')
print(f'{0xdeadbeef:_x} {2**20:_b}')
print(f'{x:08.3f} {-x:012.3f} {3.5:08.3f}')
print(f'{65:c} {9731:c}')
print(f'{42:d} {42:n}')
print(f'{1/3:.10f} {2/3:.3f} {0.5:.0f} {1.5:.0f} {2.5:.0f}')
print(f'{7:.2f} {True:d} {True:.1f}')
print(f'{float("inf"):f} {float("-inf"):.2f} {float("nan"):f} {float("inf"):e}')
print(f'{1e300 * 10:,}')
print(f'{123.0:} {1e20:} {1.5e-5:}')
print(f'{10 ** 25:,}')
print(f'{12345.678:>15,.2f}|{-0.0:.1f}|{-0.0:+.1f}')

# errors
try:
    f'{"s":d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{3.5:d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{5:,x}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{1:Q}'
except ValueError as e:
    print('ValueError:', e)
