# String indexing and slicing
s = 'abcdefghij'
print(s[0], s[5], s[-1], s[-10], s[9])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[2:100])
print(s[-100:100], s[::100], s[::-100])
print(s[3:3] == '', s[0:len(s)] == s)
for step in [1, 2, 3, -1, -3]:
    print(step, s[::step])
for i in range(-3, 4):
    print(i, s[i:], s[:i])
h = 'héllo日本'
print(h[1:3], h[-2:], h[::-1])
