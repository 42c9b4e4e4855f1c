# deque: a sliding-window / BFS workhorse.  Normal use of both ends.
from collections import deque

d = deque()
print(d, len(d), bool(d))
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d)
print(d[0], d[-1], d[3])
d[1] = "x"
del d[0]
print(d, len(d))
d.insert(2, "ins")
d.insert(-1, "before-last")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
print(d.index("ins"), d.count(0), "x" in d, "zz" in d)
d.remove("ins")
d.reverse()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.clear()
print(d, len(d))

# BFS shortest path on a small grid
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = (0, 0)
queue = deque([(start, 0)])
seen = {start}
while queue:
    (r, c), dist = queue.popleft()
    if grid[r][c] == "E":
        print("shortest path length:", dist)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), dist + 1))

# iteration, reversed, copy, comparisons, arithmetic
a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(list(a), list(reversed(a)), a == b, a < b, a != b, a >= b)
print(a + b, a * 2, 2 * a, a * 0, a == deque([1, 2, 3]), a == [1, 2, 3])
a += [7, 8]
print(a)
a *= 2
print(a)
print(deque("hello"), deque(range(3)), deque((x * x for x in range(4))))
print(sum(deque(range(101))), max(deque([3, 9, 2])), sorted(deque([3, 1, 2])))
e = deque([1, 2])
e.extend(e)
print(e)
e.extendleft(e)
print(e)
