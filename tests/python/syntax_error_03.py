# Missing colon after if
x = 5
print('start')
while x > 3:
    x -= 1
print(x)
if x > 1
    print('big')
else:
    print('small')
print('end')
