# Augmented assignment on many targets
n = 10
n += 5
n -= 3
n *= 4
print(n)
n //= 5
n %= 7
print(n)
n **= 10
print(n)
n |= 1
n &= 0xFFFF
n ^= 0xF0F0
print(n)
n <<= 3
n >>= 2
print(n)
lst = [1, 2, 3]
lst[0] += 10
lst[1] *= 7
lst[-1] -= 100
print(lst)
d = {'a': 1, 'b': 2}
d['a'] += 41
d['b'] **= 8
print(d)
s = 'ab'
s += 'cd'
s *= 3
print(s)
t = (1, 2)
t += (3,)
print(t)
l2 = [0]
l3 = l2
l2 += [1, 2]
print(l2, l3, l2 is l3)
l2 = l2 + [3]
print(l2, l3, l2 is l3)
f = 1.5
f += 1
f *= 2
f /= 4
print(f)
