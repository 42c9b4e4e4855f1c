# Text editor buffer with undo/redo (memento via copy protocol), line diffs by LCS,
# word wrapping, and search/replace: copy + copyreg + dataclasses + functools + itertools.
import copy
import copyreg
import functools
import itertools
from dataclasses import dataclass, field, replace
from typing import List, Optional, Tuple


@dataclass(frozen=True)
class Cursor:
    line: int = 0
    col: int = 0


class Style:
    """Shared, immutable-ish style object: copies must not duplicate it."""
    instances = 0

    def __init__(self, name: str, width: int):
        Style.instances += 1
        self.name, self.width = name, width

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return f"Style({self.name}, {self.width})"


class Bookmark:
    def __init__(self, label: str, line: int):
        self.label, self.line = label, line

    def __repr__(self):
        return f"Bookmark({self.label}@{self.line})"


def _reduce_bookmark(b: Bookmark):
    return Bookmark, (b.label.upper() if b.label.islower() else b.label, b.line)


copyreg.pickle(Bookmark, _reduce_bookmark)


@dataclass
class Buffer:
    lines: List[str]
    cursor: Cursor = Cursor()
    style: Style = field(default_factory=lambda: Style("plain", 30))
    bookmarks: List[Bookmark] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(self.lines)


class EditError(Exception):
    pass


class Editor:
    def __init__(self, text: str):
        self.buf = Buffer(text.split("\n"))
        self.undo_stack: List[Tuple[str, Buffer]] = []
        self.redo_stack: List[Tuple[str, Buffer]] = []

    def _snapshot(self, label: str) -> None:
        self.undo_stack.append((label, copy.deepcopy(self.buf)))
        self.redo_stack.clear()

    def insert(self, line: int, text: str) -> None:
        if not 0 <= line <= len(self.buf.lines):
            raise EditError(f"line {line} out of range 0..{len(self.buf.lines)}")
        self._snapshot(f"insert@{line}")
        self.buf.lines.insert(line, text)
        self.buf.cursor = Cursor(line, len(text))

    def delete(self, line: int) -> str:
        try:
            removed = self.buf.lines[line]
        except IndexError:
            raise EditError(f"no line {line}") from None
        self._snapshot(f"delete@{line}")
        del self.buf.lines[line]
        self.buf.cursor = replace(self.buf.cursor, line=max(0, line - 1), col=0)
        return removed

    def replace_all(self, old: str, new: str) -> int:
        count = sum(l.count(old) for l in self.buf.lines)
        if count:
            self._snapshot(f"replace {old!r}")
            self.buf.lines = [l.replace(old, new) for l in self.buf.lines]
        return count

    def undo(self) -> Optional[str]:
        if not self.undo_stack:
            return None
        label, state = self.undo_stack.pop()
        self.redo_stack.append((label, self.buf))
        self.buf = state
        return label

    def redo(self) -> Optional[str]:
        if not self.redo_stack:
            return None
        label, state = self.redo_stack.pop()
        self.undo_stack.append((label, self.buf))
        self.buf = state
        return label


def diff(a: List[str], b: List[str]) -> List[str]:
    @functools.lru_cache(maxsize=None)
    def lcs(i: int, j: int) -> int:
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return 1 + lcs(i + 1, j + 1)
        return max(lcs(i + 1, j), lcs(i, j + 1))

    out, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if i < len(a) and j < len(b) and a[i] == b[j]:
            out.append("  " + a[i])
            i, j = i + 1, j + 1
        elif j < len(b) and (i == len(a) or lcs(i, j + 1) >= lcs(i + 1, j)):
            out.append("+ " + b[j])
            j += 1
        else:
            out.append("- " + a[i])
            i += 1
    return out


def wrap(text: str, width: int) -> List[str]:
    lines, current = [], ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def main():
    ed = Editor("The quick brown fox\njumps over\nthe lazy dog")
    original = list(ed.buf.lines)
    ed.buf.bookmarks.append(Bookmark("start", 0))
    ed.insert(1, "(a very agile fox)")
    ed.delete(3)
    print("replaced:", ed.replace_all("fox", "cat"))
    print("replaced:", ed.replace_all("zebra", "horse"))
    ed.insert(0, "TITLE")
    for bad in (lambda: ed.insert(99, "x"), lambda: ed.delete(-10)):
        try:
            bad()
        except EditError as e:
            print(type(e).__name__, e)
    print(ed.buf.lines, ed.buf.cursor)
    print("history:", [label for label, _ in ed.undo_stack])
    print("\n".join(diff(original, ed.buf.lines)))

    print("undo:", ed.undo(), "|", ed.undo(), "->", ed.buf.lines)
    print("redo:", ed.redo(), "->", ed.buf.lines)
    ed.insert(2, "branch")
    print("redo after new edit:", ed.redo(), "| redo stack:", len(ed.redo_stack))
    while (label := ed.undo()) is not None:
        print("  undid", label)
    print("back to original:", ed.buf.lines == original, ed.buf.cursor)
    print("styles created:", Style.instances, "| shared:", ed.buf.style is ed.undo_stack[-1][1].style
          if ed.undo_stack else ed.buf.style is ed.redo_stack[0][1].style)
    print("bookmarks:", ed.buf.bookmarks, ed.redo_stack[-1][1].bookmarks)

    c = Cursor(3, 4)
    print(copy.copy(c) == c, replace(c, col=0), copy.deepcopy([c, c])[0] is c)
    b1 = Bookmark("intro", 5)
    print(copy.copy(b1), copy.deepcopy(b1), copy.copy(Bookmark("End", 9)))
    nested = {"a": [1, [2, 3]], "b": (4, [5])}
    deep, shallow = copy.deepcopy(nested), copy.copy(nested)
    deep["a"][1].append(99)
    shallow["b"][1].append(6)
    print(nested, deep["a"])
    cyc = [1]
    cyc.append(cyc)
    dup = copy.deepcopy(cyc)
    print(dup[1] is dup, dup is not cyc)

    para = ("Tiercel keeps an undo stack of deep copies; styles are shared because "
            "their __deepcopy__ returns self. Supercalifragilisticexpialidocious words get split.")
    for width in (30, 18):
        lines = wrap(para, width)
        print(f"-- width {width}: {len(lines)} lines, longest {max(map(len, lines))}")
        for ln in lines:
            print(f"|{ln:<{width}}|")
    print(diff(list("ABCBDAB"), list("BDCABA")))
    pairs = list(itertools.zip_longest("abc", "de", fillvalue="-"))
    print(pairs, list(itertools.chain.from_iterable(pairs)))


main()
