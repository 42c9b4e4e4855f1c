# Slices with computed bounds, steps, and slice assignment on lists
s = 'The quick brown fox'
n = len(s)
for k in range(0, n, 5):
    print(k, repr(s[k:k + 5]))
print(s[n // 2:], s[:n // 2])
print(s[-1:-n - 1:-1])
print(s[1:n:4], s[::-4])
words = s.split()
print(words[::-1], words[1::2], words[-2:])
l = list(range(10))
l[::3] = ['a', 'b', 'c', 'd']
print(l)
l[1:9:2] = [None] * 4
print(l)
l[::-1] = list(range(10))
print(l)
l[2:2] = ['x', 'y']
print(l)
l[-1:] = []
print(l)
t = tuple(range(10))
print(t[::3], t[-3::-3], t[5:1:-1])
big = list(range(100))
print(big[10:90:20], big[-10::3], big[95:200])
print(len(big[::7]), big[::7][-1])
