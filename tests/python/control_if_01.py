# if / elif / else
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 42, 1000, 2 ** 64, -0.5]:
    print(n, classify(n))

def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)

out = []
for i in range(1, 31):
    out.append(fizzbuzz(i))
print(' '.join(out))
x = 7
if x:
    print('truthy')
if not x:
    print('never')
else:
    print('else branch')
if x > 5:
    if x > 6:
        if x > 7:
            print('>7')
        else:
            print('exactly 7')
if []:
    print('empty list is true?')
elif {}:
    print('empty dict is true?')
elif '0':
    print('non-empty string is true')
