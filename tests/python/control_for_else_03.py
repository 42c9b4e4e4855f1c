# Loop variable rebinding and mutation during iteration
lst = [1, 2, 3]
for x in lst:
    x = x * 10
print(lst, x)
for i in range(len(lst)):
    lst[i] = lst[i] * 10
print(lst)
items = [1, 2, 3, 4]
for v in items[:]:
    if v % 2 == 0:
        items.remove(v)
print(items)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
acc = []
for i in range(3):
    pass
print(i)
for i in range(5):
    acc.append(i)
    i = 100
print(acc, i)
result = []
for a in range(1, 4):
    for b in range(a, 4):
        result.append((a, b))
print(result, len(result))
s = 0
for n in range(1, 101):
    s += n
print(s, sum(range(1, 101)))
