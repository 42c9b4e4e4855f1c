# Measures allocation of many small objects: binary trees built and walked (like the classic
# binary-trees benchmark), a binary search tree with inserts and lookups, and a dict-of-lists graph
# explored breadth-first and depth-first.

MAX_DEPTH = 14
BST_KEYS = 40000
GRAPH_NODES = 20000


class Tree:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Tree(None, None)
    depth -= 1
    return Tree(make_tree(depth), make_tree(depth))


def check_tree(node):
    if node.left is None:
        return 1
    return 1 + check_tree(node.left) + check_tree(node.right)


def binary_trees(max_depth):
    min_depth = 4
    lines = []
    stretch = make_tree(max_depth + 1)
    lines.append(("stretch", max_depth + 1, check_tree(stretch)))
    del stretch
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check_tree(make_tree(depth))
        lines.append((iterations, depth, total))
    lines.append(("long lived", max_depth, check_tree(long_lived)))
    return lines


class BSTNode:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value):
        node = self.root
        if node is None:
            self.root = BSTNode(key, value)
            self.size = 1
            return
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = BSTNode(key, value)
                    self.size += 1
                    return
                node = node.left
            elif key > node.key:
                if node.right is None:
                    node.right = BSTNode(key, value)
                    self.size += 1
                    return
                node = node.right
            else:
                node.value += value
                return

    def get(self, key):
        node = self.root
        while node is not None:
            if key < node.key:
                node = node.left
            elif key > node.key:
                node = node.right
            else:
                return node.value
        return 0

    def height(self):
        best = 0
        stack = [(self.root, 1)]
        while stack:
            node, h = stack.pop()
            if node is None:
                continue
            if h > best:
                best = h
            stack.append((node.left, h + 1))
            stack.append((node.right, h + 1))
        return best


def bst_work(n):
    t = BST()
    x = 2024
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        t.insert(x % (n * 4), i % 10)
    found = 0
    for k in range(0, n * 4, 3):
        found += t.get(k)
    return t.size, t.height(), found


def graph_work(n):
    graph = {}
    x = 77
    for v in range(n):
        edges = []
        for _ in range(3):
            x = (x * 1103515245 + 12345) % 2147483648
            edges.append(x % n)
        if v + 1 < n and v % 50:
            edges.append(v + 1)
        graph[v] = edges
    # breadth-first distances from node 0
    dist = {0: 0}
    queue = [0]
    head = 0
    while head < len(queue):
        v = queue[head]
        head += 1
        for w in graph[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
    # iterative depth-first order from every unvisited node
    seen = set()
    order = []
    for start in range(n):
        if start in seen:
            continue
        stack = [start]
        while stack:
            v = stack.pop()
            if v in seen:
                continue
            seen.add(v)
            order.append(v)
            for w in reversed(graph[v]):
                if w not in seen:
                    stack.append(w)
    indegree = [0] * n
    for v in graph:
        for w in graph[v]:
            indegree[w] += 1
    far = max(dist.values())
    return len(dist), far, sum(dist.values()), order[:3], order[-1], max(indegree)


def main():
    lines = binary_trees(MAX_DEPTH)
    check = 0
    for line in lines:
        check = (check * 31 + line[-1]) % 1000000007
    print("binary_trees", lines[0], lines[-1])
    size, height, found = bst_work(BST_KEYS)
    print("bst", size, height, found)
    g = graph_work(GRAPH_NODES)
    print("graph", g)
    check = (check * 31 + size * 7 + height + found + g[0] + g[1] + g[2] + g[4] + g[5]) % 1000000007
    print("trees checksum", check)


main()
