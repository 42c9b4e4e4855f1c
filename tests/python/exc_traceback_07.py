# TypeError in a module-level binary expression
x = 10
y = 'apples'
print(x, y)
print(str(x) + ' ' + y)
print(x * 2, y * 2)
print(x - 3, y + 's')
w = x * 2 - 3
print(w)
z = x * 2 - y
print(z)
