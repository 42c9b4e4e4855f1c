# Two operators in a row
a = 1
b = 2
print(a, b)
print(a + -b, a - +b, a * -b, not -a)
c = a - - b
print(c)
c = a + * b
print(c)
print('end')
