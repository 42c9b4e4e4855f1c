for spec in ['10', '.2f', '>20.3e', '', '.3', 'g', '+.1f', '^15', '<12g', '+', ' .2f', '.2', '*^16.1f', 'E']:
    for z in [3+4j, -1.5-2.25j, 2j, complex(0.0, -1), complex(-0.0, 1), 1e20+1e-5j]:
        print(repr(spec), z, repr(format(z, spec)))
for bad in ['010', '=10', 'd', '%']:
    try:
        format(1+2j, bad)
    except ValueError as e:
        print(bad, e)
print(f"{3+4j:.1f}", "{:>12}".format(1-1j))
