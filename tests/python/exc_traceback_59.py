# TypeError: can't multiply sequence by non-int
print([0] * 3, 'ab' * 2, 3 * (1,))
print([1, 2] * True, 'x' * False)
print([1] * -1, 'abc' * 0)
print((1, 2) * 2, 2 * 'xy' * 2)
print([None] * 2 * 2)
factor = 2.0
print(int(factor) * [1, 2])
print('multiplying by', factor)
print([1, 2] * factor)
