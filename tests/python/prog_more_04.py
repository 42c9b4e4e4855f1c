# Maze solver: BFS (shortest path) and DFS (first path found, iterative and
# recursive) over grids given as lists of strings; prints the paths drawn in
MAZES = {
    "small": [
        "S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E",
    ],
    "rooms": [
        "##########",
        "#S...#...#",
        "#.##.#.#.#",
        "#.#..#.#.#",
        "#.#.##.#.#",
        "#...#..#E#",
        "###.#.####",
        "#.....#..#",
        "#.###...##",
        "##########",
    ],
    "blocked": [
        "S..#",
        "##.#",
        "...#",
        ".###",
        "..#E",
    ],
    "open": [
        "S....",
        ".....",
        "....E",
    ],
}

DIRECTIONS = [((0, 1), "R"), ((1, 0), "D"), ((0, -1), "L"), ((-1, 0), "U")]


class Maze:
    def __init__(self, rows):
        self.rows = rows
        self.h = len(rows)
        self.w = len(rows[0])
        if any(len(r) != self.w for r in rows):
            raise ValueError("maze rows have different lengths")
        self.start = self.find("S")
        self.end = self.find("E")

    def find(self, ch):
        for r, row in enumerate(self.rows):
            c = row.find(ch)
            if c >= 0:
                return (r, c)
        raise ValueError(f"no {ch!r} in maze")

    def open(self, pos):
        r, c = pos
        return 0 <= r < self.h and 0 <= c < self.w and self.rows[r][c] != "#"

    def neighbours(self, pos):
        r, c = pos
        for (dr, dc), name in DIRECTIONS:
            nxt = (r + dr, c + dc)
            if self.open(nxt):
                yield nxt, name

    def bfs(self):
        queue = [self.start]
        came = {self.start: None}
        head = 0
        while head < len(queue):
            pos = queue[head]
            head += 1
            if pos == self.end:
                return self.rebuild(came), len(came)
            for nxt, move in self.neighbours(pos):
                if nxt not in came:
                    came[nxt] = (pos, move)
                    queue.append(nxt)
        return None, len(came)

    def dfs(self):
        stack = [self.start]
        came = {self.start: None}
        while stack:
            pos = stack.pop()
            if pos == self.end:
                return self.rebuild(came), len(came)
            for nxt, move in reversed(list(self.neighbours(pos))):
                if nxt not in came:
                    came[nxt] = (pos, move)
                    stack.append(nxt)
        return None, len(came)

    def dfs_recursive(self):
        seen = set()
        moves = []

        def walk(pos):
            if pos == self.end:
                return True
            seen.add(pos)
            for nxt, move in self.neighbours(pos):
                if nxt not in seen:
                    moves.append(move)
                    if walk(nxt):
                        return True
                    moves.pop()
            return False

        return ("".join(moves) if walk(self.start) else None), len(seen)

    def rebuild(self, came):
        moves = []
        pos = self.end
        while came[pos] is not None:
            pos, move = came[pos]
            moves.append(move)
        return "".join(reversed(moves))

    def trace(self, moves):
        steps = {"R": (0, 1), "D": (1, 0), "L": (0, -1), "U": (-1, 0)}
        pos = self.start
        cells = [pos]
        for m in moves:
            dr, dc = steps[m]
            pos = (pos[0] + dr, pos[1] + dc)
            if not self.open(pos):
                raise ValueError(f"move {m} walks into a wall at {pos}")
            cells.append(pos)
        if pos != self.end:
            raise ValueError(f"path ends at {pos}, not {self.end}")
        return cells

    def draw(self, moves):
        grid = [list(row) for row in self.rows]
        arrows = {"R": ">", "D": "v", "L": "<", "U": "^"}
        pos = self.start
        for m, cell in zip(moves, self.trace(moves)[1:]):
            if grid[cell[0]][cell[1]] == ".":
                grid[cell[0]][cell[1]] = arrows[m]
            pos = cell
        return ["".join(row) for row in grid]


def compress(moves):
    out = []
    for m in moves:
        if out and out[-1][0] == m:
            out[-1][1] += 1
        else:
            out.append([m, 1])
    return " ".join(f"{m}{n}" if n > 1 else m for m, n in out)


for name, rows in MAZES.items():
    maze = Maze(rows)
    print(f"== {name}: {maze.w}x{maze.h}, start {maze.start}, end {maze.end}")
    results = {}
    for label, solver in [("bfs", maze.bfs), ("dfs", maze.dfs), ("rec", maze.dfs_recursive)]:
        path, explored = solver()
        results[label] = path
        if path is None:
            print(f"  {label}: no path (explored {explored} cells)")
        else:
            print(f"  {label}: {len(path):2d} steps, explored {explored:2d}: {compress(path)}")
    best = results["bfs"]
    if best is not None:
        assert all(p is None or len(p) >= len(best) for p in results.values())
        for line in maze.draw(best):
            print("   ", line)
        longer = [k for k, p in results.items() if len(p) > len(best)]
        print("  longer than shortest:", longer or "none")

m = Maze(MAZES["small"])
for bad in ["RRR", "DDDRRRRRRR", "D"]:
    try:
        m.trace(bad)
    except ValueError as e:
        print("trace", bad, "->", e)
for rows in (["S.", "..."], ["S..", "..."]):
    try:
        Maze(rows)
    except ValueError as e:
        print("Maze error:", e)
