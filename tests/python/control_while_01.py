# while loops with break, continue, else
i = 0
while i < 5:
    print('i =', i)
    i += 1
else:
    print('while-else ran, i =', i)
n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    print('n', n)
else:
    print('not printed')
print('after loop n =', n)
k = 10
while k > 0:
    k -= 3
    if k == 100:
        break
else:
    print('no break; k =', k)
count = 0
a = 0
while a < 4:
    b = 0
    while b < 4:
        if b > a:
            break
        count += 1
        b += 1
    a += 1
print('count', count)
while False:
    print('never')
else:
    print('else of while False')
