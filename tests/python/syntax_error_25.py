# A missing colon after a while header, with a trailing comment
n = 3
while n > 0  # count down
    print(n)
    n -= 1
print('liftoff')
