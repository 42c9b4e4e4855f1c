# String concatenation, repetition, and building
s = ''
for i in range(5):
    s += str(i)
    s = s + ','
print(s)
print('ab' * 3, 3 * 'xy', 'a' * 0, 'a' * -2, '' * 100)
print('-' * 20)
parts = []
for w in ['alpha', 'beta', 'gamma']:
    parts.append(w.upper())
print(' '.join(parts), '-'.join(parts), ''.join(parts))
print('x' + 'y' + 'z', 'x' + str(1) + str(2.5) + str(None) + str(True))
line = ''
n = 1
while len(line) < 30:
    line = line + str(n) + ' '
    n = n * 2
print(line)
print(len(line))
print('abc' < 'abd', 'abc' + 'd' == 'abcd')
print(str(123) + str(-4.5) + repr('q'))
