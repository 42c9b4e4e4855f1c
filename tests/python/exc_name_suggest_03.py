# NameError inside a function: the suggestion comes from the function's locals
def average(numbers):
    total = 0
    for n in numbers:
        total += n
    print('sum', total)
    return totl / len(numbers)

print('start')
print(average([2, 4, 6]))
