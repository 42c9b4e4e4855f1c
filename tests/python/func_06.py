# Recursive functions over nested lists
def flatten(x, out):
    if isinstance(x, list) or isinstance(x, tuple):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out

def depth(x):
    if not isinstance(x, (list, tuple)):
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1

def nested_sum(x):
    if isinstance(x, (int, float)):
        return x
    total = 0
    for item in x:
        total += nested_sum(item)
    return total

data = [1, [2, 3], (4, [5, [6, 7.5]]), [], [[[]]], 8]
print(flatten(data, []))
print(depth(data), depth(5), depth([]), depth([[[]]]))
print(nested_sum(data))

def binary_search(arr, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)

arr = [1, 3, 5, 7, 9, 11, 13, 15]
for t in [1, 7, 15, 4, 0, 16]:
    print(t, binary_search(arr, t, 0, len(arr) - 1))
