# Uncaught exception raised by __getitem__ of a user class
class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [[x * y for x in range(width)] for y in range(height)]

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"cell {pos} outside {self.width}x{self.height} grid")
        return self.cells[y][x]


def neighbours_sum(grid, x, y):
    total = 0
    for dx, dy in [(1, 0), (0, 1), (-1, 0), (0, -1)]:
        total += grid[x + dx, y + dy]
    return total


g = Grid(3, 3)
print(g[2, 2], g[1, 2])
print(neighbours_sum(g, 1, 1))
print(neighbours_sum(g, 2, 1))
