# Unexpected indent (IndentationError)
x = 1
print(x)
if x:
    y = 2
    print(y)
z = 3
    w = 4
print(z)
print('end')
