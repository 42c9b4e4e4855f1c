# TypeError: bad operand type for unary minus
print(-(-5), -0.0, -(2 ** 63))
print(~5, -True, -False)
print(-(3 - 5), -(-2.5), --7)
vals = [5, -2.5, True, 2 ** 70, 'text']
for v in vals:
    print('negating', repr(v))
    print(repr(v), -v)
    print(repr(v), +v, abs(v))
print('not reached')
