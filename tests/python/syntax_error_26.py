# Python 2 exec statement and print with a trailing comma
source = 'x = 1'
exec(source)
exec 'print(x)'
print 'value:', x,
