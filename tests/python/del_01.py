# del statement on names, subscripts, slices and dict keys
a = 1
b = [1, 2, 3, 4, 5, 6]
c = {'x': 1, 'y': 2, 'z': 3}
del a
try:
    print(a)
except NameError as e:
    print('NameError:', e)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del c['y']
print(c)
try:
    del c['nope']
except KeyError as e:
    print('KeyError:', e)
x = 5
y = 6
del x, y
try:
    print(y)
except NameError as e:
    print('NameError:', e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
d = {'outer': {'inner': 1, 'keep': 2}}
del d['outer']['inner']
print(d)
z = 'rebind'
del z
z = 'again'
print(z)
