# pass, empty bodies and nested control flow
def nothing():
    pass

print(nothing())
for i in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except ValueError:
    pass
print('passes done')
def early(n):
    if n > 0:
        return 'positive'
    print('fell through for', n)

print(early(5), early(-1))
def first_negative(nums):
    for i in range(len(nums)):
        if nums[i] < 0:
            return i
    return -1
print(first_negative([3, 4, -1, -7]), first_negative([]), first_negative([0, 1]))
def count_to(limit):
    c = 0
    while True:
        c += 1
        if c >= limit:
            return c
print(count_to(5), count_to(1))
