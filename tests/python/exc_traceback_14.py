# AssertionError without a message
def check_sorted(lst):
    for i in range(len(lst) - 1):
        assert lst[i] <= lst[i + 1]
    print('sorted:', lst)

check_sorted([1, 2, 3])
check_sorted([])
check_sorted([5])
check_sorted([1, 1, 2, 2])
check_sorted([3, 1, 2])
