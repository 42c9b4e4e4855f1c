# Measures list and dict operations: building, indexing, appending, popping, counting and merging dicts.

N = 200000
ROUNDS = 7


def make_data(n, seed):
    data = []
    x = seed
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x % 5000)
        i = i + 1
    return data


def count_values(data):
    counts = {}
    for v in data:
        counts[v] = counts.get(v, 0) + 1
    return counts


def group_by_mod(data, m):
    groups = {}
    for v in data:
        groups.setdefault(v % m, []).append(v)
    sizes = []
    for k in sorted(groups.keys()):
        sizes.append(len(groups[k]))
    return sizes


def stack_work(data):
    stack = []
    popped = 0
    for v in data:
        if v % 3 == 0 and len(stack) > 0:
            popped = popped + stack.pop()
        else:
            stack.append(v)
    return popped, len(stack)


def index_walk(data):
    n = len(data)
    pos = 0
    acc = 0
    i = 0
    while i < n:
        pos = (pos + data[pos] + 1) % n
        acc = acc + data[pos]
        data[pos] = (data[pos] + i) % 5000
        i = i + 1
    return acc


def merge_counts(a, b):
    out = {}
    for k, v in a.items():
        out[k] = v
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    best_k = -1
    best_v = -1
    for k in out.keys():
        v = out[k]
        if v > best_v or (v == best_v and k < best_k):
            best_v = v
            best_k = k
    return len(out), best_k, best_v, sum(out.values())


def main():
    check = 0
    r = 0
    while r < ROUNDS:
        data = make_data(N, 42 + r)
        counts = count_values(data)
        sizes = group_by_mod(data, 97)
        popped, left = stack_work(data)
        acc = index_walk(data)
        merged = merge_counts(counts, count_values(data))
        check = (check * 1000003 + acc + popped + left + sizes[0] + sizes[-1] + merged[1]) % 1000000007
        r = r + 1
    print("list_dict", N, len(counts), sizes[:5], popped, left, acc, merged)
    print("check", check)


main()
