# Document search engine over files on disk: os / os.path + io + collections + string
# + math (tf-idf) + heapq.nlargest + functools.total_ordering.
import functools
import heapq
import io
import math
import os
import string
from collections import Counter, defaultdict
from typing import Dict, Iterable, List, Set, Tuple

ROOT = os.path.join("tmp_prog_std_18")

DOCS = {
    "notes/python.txt": "Python generators yield values lazily. Generators save memory!\n"
                        "A generator function uses yield; iterators power for-loops.",
    "notes/rust.txt": "Rust ownership rules prevent data races. Borrowing is checked at compile time.",
    "notes/sub/vm.md": "# Virtual machines\nA bytecode VM runs a loop: fetch, decode, execute.\n"
                       "Python's VM is a stack machine; generators suspend frames.",
    "recipes/bread.txt": "Mix flour, water, salt and yeast. Knead; let the dough rise. Bake hot.",
    "recipes/soup.md": "Soup: simmer water, salt, onions. Stir; taste; serve hot.",
    "empty.txt": "",
}

STOPWORDS = frozenset("a an and at is the to of for let uses runs".split())
PUNCT = str.maketrans({c: " " for c in string.punctuation if c != "'"})


def tokenize(text: str) -> List[str]:
    words = text.translate(PUNCT).lower().split()
    return [w.strip("'") for w in words if w.strip("'") and w not in STOPWORDS]


def stem(word: str) -> str:
    for suffix in ("ing", "ers", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@functools.total_ordering
class Hit:
    def __init__(self, path: str, score: float, matched: Set[str]):
        self.path, self.score, self.matched = path, score, matched

    def __eq__(self, other):
        return (self.score, self.path) == (other.score, other.path)

    def __lt__(self, other):
        return (self.score, other.path) < (other.score, self.path)

    def __repr__(self):
        return f"Hit({self.path}, {self.score:.4f}, {sorted(self.matched)})"


class Index:
    def __init__(self):
        self.postings: Dict[str, Dict[str, int]] = defaultdict(dict)
        self.lengths: Dict[str, int] = {}
        self.skipped: List[str] = []

    def add(self, path: str, text: str) -> None:
        terms = [stem(w) for w in tokenize(text)]
        if not terms:
            self.skipped.append(path)
            return
        self.lengths[path] = len(terms)
        for term, count in Counter(terms).items():
            self.postings[term][path] = count

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        return math.log((1 + len(self.lengths)) / (1 + df)) + 1

    def search(self, query: str, k: int = 3) -> List[Hit]:
        terms = [stem(w) for w in tokenize(query)]
        scores: Dict[str, float] = defaultdict(float)
        matched: Dict[str, Set[str]] = defaultdict(set)
        for term in terms:
            for path, tf in self.postings.get(term, {}).items():
                scores[path] += (tf / self.lengths[path]) * self.idf(term)
                matched[path].add(term)
        hits = [Hit(p, s, matched[p]) for p, s in scores.items()]
        return heapq.nlargest(k, hits)


def write_corpus(root: str, docs: Dict[str, str]) -> None:
    for rel, text in docs.items():
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def iter_files(root: str, exts: Tuple[str, ...]) -> Iterable[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if os.path.splitext(name)[1] in exts:
                yield os.path.join(dirpath, name)


def remove_tree(root: str) -> int:
    removed = 0
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
            removed += 1
        for name in dirnames:
            os.rmdir(os.path.join(dirpath, name))
    os.rmdir(root)
    return removed


def main():
    write_corpus(ROOT, DOCS)
    try:
        print("top level:", sorted(os.listdir(ROOT)))
        with os.scandir(os.path.join(ROOT, "notes")) as it:
            entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
        print("notes/:", entries)
        index = Index()
        files = list(iter_files(ROOT, (".txt", ".md")))
        for path in files:
            rel = os.path.relpath(path, ROOT).replace(os.sep, "/")
            with open(path, encoding="utf-8") as f:
                index.add(rel, f.read())
        print("indexed:", len(index.lengths), "skipped:", index.skipped)
        print("vocabulary:", len(index.postings), "terms; sample:", sorted(index.postings)[:8])
        sizes = {os.path.relpath(p, ROOT).replace(os.sep, "/"): os.path.getsize(p) for p in files}
        print("bytes:", sorted(sizes.items())[:3], "total", sum(sizes.values()))
        for q in ["generators yield", "salt water", "virtual machine stack", "ownership",
                  "the and of", "hot soup bake"]:
            hits = index.search(q)
            print(f"{q!r}:", hits if hits else "no results")
        print("idf(generator) =", round(index.idf("generator"), 4), "idf(zzz) =", round(index.idf("zzz"), 4))

        log_path = os.path.join(ROOT, "queries.log")
        with open(log_path, "a", encoding="utf-8") as f:
            for q in ("one", "two"):
                print(f"query={q}", file=f)
        with open(log_path, "a", encoding="utf-8") as f:
            f.write("query=three\n")
        with open(log_path, encoding="utf-8") as f:
            print("log:", [line.rstrip() for line in f])
        with open(log_path, "rb") as f:
            f.seek(6)
            print("binary peek:", f.read(3), f.tell())
        renamed = os.path.join(ROOT, "queries.old")
        os.rename(log_path, renamed)
        print("renamed:", os.path.exists(log_path), os.path.isfile(renamed), os.path.isdir(ROOT))
        try:
            open(os.path.join(ROOT, "missing.txt"), encoding="utf-8")
        except FileNotFoundError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename))
        try:
            os.mkdir(os.path.join(ROOT, "notes"))
        except FileExistsError as e:
            print(type(e).__name__, e.strerror)
        buf = io.StringIO()
        for rel in sorted(index.lengths):
            buf.write(f"{rel}\t{index.lengths[rel]}\n")
        print(buf.getvalue().splitlines()[-2:])
    finally:
        print("removed files:", remove_tree(ROOT))
    print("root gone:", not os.path.exists(ROOT))
    print(os.path.join("a", "b", "c.txt").count(os.sep), os.path.splitext("x/y.tar.gz"),
          os.path.normpath("a/./b/../c"), os.path.basename("d/e/"), os.path.dirname("d/e/f"))
    print(tokenize("Don't STOP-me, it's the end."), [stem(w) for w in ("running", "boxes", "is", "played")])


main()
