# Constraint solving: N-queens backtracking, Sudoku with propagation, SEND+MORE=MONEY by columns


class Stats:
    def __init__(self):
        self.counts = {}

    def bump(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n

    def report(self):
        return ', '.join(f'{k}={v}' for k, v in sorted(self.counts.items()))


# ---------------- N-queens ----------------

def queens(n, stats):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for c in range(n):
            stats.bump('tries')
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placed.append(c)
            yield from place(row + 1)
            placed.pop()
            cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)

    return place(0)


def board(solution):
    n = len(solution)
    return ['. ' * c + 'Q ' + '. ' * (n - c - 1) for c in solution]


for n in range(1, 9):
    st = Stats()
    sols = list(queens(n, st))
    first = sols[0] if sols else None
    print(f'{n}-queens: {len(sols):3d} solutions, first={first}, {st.report()}')

st = Stats()
gen = queens(6, st)
first6 = next(gen)
for row in board(first6):
    print('   ' + row.rstrip())
print('   second 6-queens solution:', next(gen))
gen.close()

# symmetry: every solution mirrored is also a solution
sols8 = set(queens(8, Stats()))
mirrored = {tuple(7 - c for c in s) for s in sols8}
print('8-queens closed under mirror:', mirrored == sols8, len(sols8))

# ---------------- Sudoku ----------------

DIGITS = '123456789'
ROWS = 'ABCDEFGHI'
CELLS = [r + c for r in ROWS for c in DIGITS]
UNITS = ([[r + c for c in DIGITS] for r in ROWS] +
         [[r + c for r in ROWS] for c in DIGITS] +
         [[r + c for r in rs for c in cs] for rs in ('ABC', 'DEF', 'GHI') for cs in ('123', '456', '789')])
UNITS_OF = {cell: [u for u in UNITS if cell in u] for cell in CELLS}
PEERS = {cell: sorted(set(x for u in UNITS_OF[cell] for x in u) - {cell}) for cell in CELLS}


class Contradiction(Exception):
    pass


def assign(values, cell, digit, stats):
    for other in values[cell].replace(digit, ''):
        eliminate(values, cell, other, stats)
    return values


def eliminate(values, cell, digit, stats):
    if digit not in values[cell]:
        return
    values[cell] = values[cell].replace(digit, '')
    stats.bump('eliminations')
    remaining = values[cell]
    if not remaining:
        raise Contradiction(f'{cell} has no candidates')
    if len(remaining) == 1:
        for peer in PEERS[cell]:
            eliminate(values, peer, remaining, stats)
    for unit in UNITS_OF[cell]:
        places = [c for c in unit if digit in values[c]]
        if not places:
            raise Contradiction(f'no place for {digit}')
        if len(places) == 1 and len(values[places[0]]) > 1:
            assign(values, places[0], digit, stats)


def parse_grid(text, stats):
    chars = [ch for ch in text if ch in DIGITS or ch in '0.']
    if len(chars) != 81:
        raise ValueError(f'grid must have 81 cells, got {len(chars)}')
    values = {cell: DIGITS for cell in CELLS}
    for cell, ch in zip(CELLS, chars):
        if ch in DIGITS:
            assign(values, cell, ch, stats)
    return values


def search(values, stats):
    if all(len(values[c]) == 1 for c in CELLS):
        return values
    stats.bump('branches')
    n, cell = min((len(values[c]), c) for c in CELLS if len(values[c]) > 1)
    for digit in values[cell]:
        trial = dict(values)
        try:
            return search(assign(trial, cell, digit, stats), stats)
        except Contradiction:
            stats.bump('backtracks')
    raise Contradiction('dead end')


def show_grid(values):
    lines = []
    for i, r in enumerate(ROWS):
        if i in (3, 6):
            lines.append('------+-------+------')
        row = ''
        for j, c in enumerate(DIGITS):
            if j in (3, 6):
                row += '| '
            v = values[r + c]
            row += (v if len(v) == 1 else '.') + ' '
        lines.append(row.rstrip())
    return lines


def valid_solution(values):
    return all(sorted(values[c] for c in unit) == list(DIGITS) for unit in UNITS)


PUZZLES = {
    'easy': '003020600900305001001806400008102900700000008006708200002609500800203009005010300',
    'harder': '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
    'broken': '11.......' + '.' * 72,
    'short': '123',
}

for name, text in PUZZLES.items():
    st = Stats()
    try:
        values = parse_grid(text, st)
        after_propagation = sum(len(v) == 1 for v in values.values())
        solved = search(values, st)
        print(f'sudoku {name}: {after_propagation} cells fixed by propagation; valid={valid_solution(solved)}')
        for line in show_grid(solved):
            print('   ' + line)
        print('   ' + st.report())
    except Contradiction as e:
        print(f'sudoku {name}: contradiction ({e})')
    except ValueError as e:
        print(f'sudoku {name}: error ({e})')

# ---------------- SEND + MORE = MONEY ----------------

def solve_cryptarithm(words, result, stats):
    letters = []
    for w in words + [result]:
        for ch in w:
            if ch not in letters:
                letters.append(ch)
    if len(letters) > 10:
        raise ValueError('too many letters')
    leading = {w[0] for w in words + [result]}
    width = len(result)
    columns = []
    for i in range(width):
        column = [w[-1 - i] for w in words if i < len(w)]
        columns.append((column, result[-1 - i]))
    assignment = {}
    used = set()

    def value_of(ch):
        return assignment.get(ch)

    def try_digit(ch, d):
        if ch in assignment:
            return assignment[ch] == d, False
        if d in used or (d == 0 and ch in leading):
            return False, False
        assignment[ch] = d
        used.add(d)
        return True, True

    def undo(ch):
        used.discard(assignment.pop(ch))

    def solve_column(i, carry, pending):
        if i == width:
            if carry == 0:
                yield dict(assignment)
            return
        column, target = columns[i]
        if pending < len(column):
            ch = column[pending]
            if ch in assignment:
                yield from solve_column(i, carry, pending + 1)
                return
            for d in range(10):
                stats.bump('guesses')
                ok, fresh = try_digit(ch, d)
                if ok:
                    yield from solve_column(i, carry, pending + 1)
                    if fresh:
                        undo(ch)
            return
        total = carry + sum(value_of(ch) for ch in column)
        ok, fresh = try_digit(target, total % 10)
        if ok:
            yield from solve_column(i + 1, total // 10, 0)
            if fresh:
                undo(target)

    return solve_column(0, 0, 0)


def as_number(word, sol):
    n = 0
    for ch in word:
        n = n * 10 + sol[ch]
    return n


for words, result in [(['SEND', 'MORE'], 'MONEY'), (['TO', 'GO'], 'OUT'), (['AB', 'AB'], 'XYZW')]:
    st = Stats()
    solutions = list(solve_cryptarithm(words, result, st))
    puzzle = ' + '.join(words) + ' = ' + result
    print(f'{puzzle}: {len(solutions)} solution(s), {st.report()}')
    for sol in solutions[:2]:
        nums = [as_number(w, sol) for w in words]
        total = as_number(result, sol)
        mapping = ' '.join(f'{k}={v}' for k, v in sorted(sol.items()))
        print(f'   {" + ".join(map(str, nums))} = {total} ({sum(nums) == total}) [{mapping}]')
