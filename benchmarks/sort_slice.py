# Measures sorting (list.sort, sorted, reversed) and slicing: a hand-written merge sort, insertion sort and builtin sorts.

N = 60000
ROUNDS = 11


def make_data(n, seed):
    data = []
    x = seed
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x % 100000)
        i = i + 1
    return data


def merge_sort(a):
    n = len(a)
    if n <= 16:
        return insertion_sort(a[:])
    mid = n // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = 0
    j = 0
    nl = len(left)
    nr = len(right)
    while i < nl and j < nr:
        if left[i] <= right[j]:
            out.append(left[i])
            i = i + 1
        else:
            out.append(right[j])
            j = j + 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(a):
    i = 1
    n = len(a)
    while i < n:
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j = j - 1
        a[j + 1] = v
        i = i + 1
    return a


def windows(a, w):
    best = 0
    best_i = 0
    i = 0
    n = len(a)
    while i + w <= n:
        s = sum(a[i:i + w])
        if s > best:
            best = s
            best_i = i
        i = i + w // 2
    return best_i, best


def main():
    check = 0
    r = 0
    while r < ROUNDS:
        data = make_data(N, 1234 + r)
        m = merge_sort(data)
        s = sorted(data)
        if m != s:
            print("merge sort mismatch")
        rev = list(reversed(s))
        d2 = data[:]
        d2.sort()
        d2.reverse()
        if d2 != rev:
            print("reverse mismatch")
        pairs = list(zip(data[:1000], data[1000:2000]))
        pairs.sort()
        tup = sorted(tuple(data[:5000]))
        strs = []
        for v in data[:20000]:
            strs.append(str(v))
        strs.sort()
        best_i, best = windows(data, 500)
        check = (check * 7919 + m[N // 2] + rev[0] + pairs[0][1] + tup[-1] + best_i + best + int(strs[0])) % 1000000007
        r = r + 1
    print("sort_slice", N, m[:5], rev[:3], pairs[:2], strs[:3], strs[-1])
    print("check", check)


main()
