# str.format: format specs and nested specs
print('[{:<10}]'.format('left'))
print('[{:>10}]'.format('right'))
print('[{:^10}]'.format('mid'))
print('[{:*^11}]'.format('mid'))
print('[{:10.3f}]'.format(3.14159))
print('[{:+d}] [{: d}] [{:d}]'.format(5, 5, -5))
print('[{:,}] [{:_}] [{:,.2f}]'.format(1234567, 1234567, 9876.543))
print('[{:x}] [{:#X}] [{:#o}] [{:b}] [{:#010b}]'.format(255, 255, 8, 6, 6))
print('[{:e}] [{:.1E}] [{:g}] [{:.2%}]'.format(12345.678, 0.00012, 0.0001, 0.4567))
print('[{:08.3f}] [{:=+8d}] [{:0>5}]'.format(-2.5, 42, 7))
print('[{:{}}]'.format('w', 5))
print('[{:{}{}{}}]'.format('w', '-', '^', 7))
print('[{0:{1}.{2}f}]'.format(2.718281828, 10, 3))
print('[{val:{fill}>{width}}]'.format(val=9, fill='0', width=4))
print('[{:c}] [{:s}] [{:5}]'.format(97, 'str', True))

# a table with computed column widths
rows = [('alpha', 1.5, 10), ('beta', 22.25, 200), ('gamma-long', 333.125, 3)]
w0 = max(len(r[0]) for r in rows)
for name, val, cnt in rows:
    print('{0:<{w}} | {1:>8.2f} | {2:>4d}'.format(name, val, cnt, w=w0))

# format() builtin
print(format(3.14159, '.2f'), format(255, 'x'), format('s', '>3'), format(1234, ','))
print(repr(format(42)), repr(format('text')), repr(format(None)))
print(format(12, 'b'), format(-12, '#b'), format(0.5, '.0%'), format(1e6, 'g'))
print(format(True), format(False, 'd'), format(3, '.2f'))
try:
    format(1, 's')
except ValueError as e:
    print('ValueError:', e)
try:
    format('abc', ',')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'x')
except ValueError as e:
    print('ValueError:', e)
