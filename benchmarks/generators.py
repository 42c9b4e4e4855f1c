# Measures generators: chained generator pipelines, yield from, generator expressions feeding
# sum/max/any, send(), and generator-based tree traversal.

N = 60000
ROUNDS = 19


def lcg(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def scaled(src, m):
    for v in src:
        yield v % m


def evens_only(src):
    for v in src:
        if v % 2 == 0:
            yield v


def pairwise(src):
    it = iter(src)
    prev = next(it, None)
    for v in it:
        yield prev, v
        prev = v


def windows(src, k):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) > k:
            del buf[0]
        if len(buf) == k:
            yield sum(buf)


def chunks(src, k):
    chunk = []
    for v in src:
        chunk.append(v)
        if len(chunk) == k:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def chain_all(*sources):
    for s in sources:
        yield from s


def running_total():
    total = 0
    count = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
        count += 1
    return count


def take(src, n):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build_tree(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build_tree(lo, mid - 1), build_tree(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def main():
    check = 0
    results = []
    for r in range(ROUNDS):
        a = sum(evens_only(scaled(lcg(r + 1, N), 1000)))
        b = max(x - y for x, y in pairwise(scaled(lcg(r + 7, N), 100000)))
        c = sum(1 for w in windows(scaled(lcg(r + 3, N // 2), 50), 5) if w > 120)
        d = 0
        for ch in chunks(take(lcg(r + 5, N), N // 2), 17):
            d += max(ch) % 1000 - min(ch) % 1000
        nested = [[i, [i + 1, [i + 2]], i + 3] for i in range(0, N // 8, 4)]
        e = sum(flatten(nested))
        f = sum(v for v in chain_all(range(1000), (i * i for i in range(500)), [7, 8, 9]))
        acc = running_total()
        next(acc)
        for v in scaled(lcg(r + 11, N // 4), 97):
            acc.send(v)
        try:
            acc.send(None)
            g = -1
        except StopIteration as stop:
            g = stop.value
        tree = build_tree(0, N // 10)
        h = sum(inorder(tree))
        any_big = any(v > 2147000000 for v in lcg(r, N // 4))
        results.append((a, b, c, d, e, f, g, h, any_big))
        check = (check * 31 + a + b + c + d + e + f + g + h + int(any_big)) % 1000000007
    print("generators", N, ROUNDS, results[0])
    print("generators checksum", check)


main()
