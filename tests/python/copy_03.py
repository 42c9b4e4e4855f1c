# error cases and a realistic use: snapshotting a game state for undo
import copy


def attempt(label, func, *args):
    try:
        result = func(*args)
        print(label, "->", type(result).__name__)
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)


def gen():
    yield 1


attempt("copy generator", copy.copy, gen())
attempt("deepcopy generator", copy.deepcopy, gen())
attempt("deepcopy module", copy.deepcopy, copy)
attempt("deepcopy list with generator", copy.deepcopy, [1, gen()])


class NotCopyable:
    __reduce_ex__ = None
    __reduce__ = None


attempt("copy NotCopyable", copy.copy, NotCopyable())
attempt("deepcopy NotCopyable", copy.deepcopy, NotCopyable())


class Refuses:
    def __deepcopy__(self, memo):
        raise copy.Error("refusing deep copy")


attempt("deepcopy Refuses", copy.deepcopy, Refuses())
attempt("copy Refuses", copy.copy, Refuses())


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [["." for _ in range(size)] for _ in range(size)]
        self.history = []

    def play(self, row, col, mark):
        if self.cells[row][col] != ".":
            raise ValueError("cell %d,%d is taken" % (row, col))
        self.history.append(copy.deepcopy(self.cells))
        self.cells[row][col] = mark

    def undo(self):
        if not self.history:
            raise IndexError("nothing to undo")
        self.cells = self.history.pop()

    def show(self):
        return "/".join("".join(row) for row in self.cells)


board = Board(3)
board.play(0, 0, "X")
board.play(1, 1, "O")
print(board.show())
snapshot = copy.deepcopy(board)
board.play(2, 2, "X")
print(board.show(), snapshot.show())
board.undo()
board.undo()
print(board.show(), len(board.history))
try:
    board.play(0, 0, "O")
except ValueError as exc:
    print("ValueError", exc)
try:
    board.undo()
    board.undo()
except IndexError as exc:
    print("IndexError", exc)
print(snapshot.show(), snapshot.history[0][0] is not board.cells[0])

# default configuration copied before per-user changes
DEFAULTS = {"theme": "dark", "plugins": ["git"], "limits": {"cpu": 2}}
user = copy.deepcopy(DEFAULTS)
user["plugins"].append("lint")
user["limits"]["cpu"] = 8
print(DEFAULTS)
print(user)
flat = copy.copy(DEFAULTS)
flat["plugins"].append("oops")
print(DEFAULTS["plugins"])
