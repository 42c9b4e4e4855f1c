# Unclosed parenthesis: nothing runs, SyntaxError is reported
print('this line never runs')
a = 1
b = 2
if a < b:
    print('a is smaller')
for i in range(3):
    a += i
x = (1 +
print(a, b)
