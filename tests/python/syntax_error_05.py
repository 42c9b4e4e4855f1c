# Python 2 style print statement
x = 10
print(x)
def double(n):
    return n * 2

print(double(x))
y = double(x)
print 'value is', y
print('end')
