# Slicing lists, tuples and ranges
l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(l[2:5], l[:3], l[7:], l[-3:], l[::3], l[::-1], l[7:2:-2])
t = (10, 20, 30, 40, 50)
print(t[1:3], t[::-1], t[-2:], t[:0], t[4:1:-1])
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], r[::2], len(r[1:4]))
print(list(r[1:4]), list(r[::-1]), list(range(10)[2:8:2]))
print(range(10)[-3], range(5, 0, -1)[1:3], list(range(5, 0, -1)[1:3]))
c = l[:]
c[0] = 99
print(l[0], c[0], c is l, c == l)
print(l[2:8][1:3], l[::2][::2])
print(l[1:-1:2], l[-1:0:-3], l[10:], l[-11:1])
print(t[::2] + t[1::2])
