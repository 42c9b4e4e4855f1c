# NameError inside a function
def compute(n):
    acc = 1
    for i in range(1, n + 1):
        acc *= i
    print('acc', acc)
    return acc + undefined_helper_value

print('start')
print(compute(3))
