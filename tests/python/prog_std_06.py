# Graph toolkit: collections.deque + heapq + functools.lru_cache + typing.
import heapq
from collections import defaultdict, deque
from functools import lru_cache
from typing import Dict, Generic, Hashable, Iterable, Iterator, List, Optional, Set, Tuple, TypeVar

N = TypeVar("N", bound=Hashable)


class GraphError(Exception):
    pass


class CycleError(GraphError):
    def __init__(self, cycle):
        super().__init__("cycle: " + " -> ".join(map(str, cycle)))
        self.cycle = cycle


class Graph(Generic[N]):
    def __init__(self, directed: bool = False):
        self.directed = directed
        self.adj: Dict[N, Dict[N, float]] = defaultdict(dict)

    def add_edge(self, a: N, b: N, w: float = 1) -> None:
        if w < 0:
            raise GraphError(f"negative weight {w} on {a}-{b}")
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w
        else:
            self.adj[b]  # make sure node exists

    @classmethod
    def from_edges(cls, edges: Iterable[Tuple], directed: bool = False) -> "Graph":
        g = cls(directed)
        for e in edges:
            g.add_edge(*e)
        return g

    def nodes(self) -> List[N]:
        return sorted(self.adj)

    def __len__(self) -> int:
        return len(self.adj)

    def __contains__(self, node) -> bool:
        return node in self.adj

    def edges(self) -> Iterator[Tuple[N, N, float]]:
        seen = set()
        for a in sorted(self.adj):
            for b in sorted(self.adj[a]):
                key = (a, b) if self.directed else tuple(sorted((a, b)))
                if key in seen:
                    continue
                seen.add(key)
                yield a, b, self.adj[a][b]

    def bfs(self, start: N) -> Iterator[Tuple[N, int]]:
        if start not in self.adj:
            raise GraphError(f"unknown node {start!r}")
        dist = {start: 0}
        q = deque([start])
        while q:
            node = q.popleft()
            yield node, dist[node]
            for nxt in sorted(self.adj[node]):
                if nxt not in dist:
                    dist[nxt] = dist[node] + 1
                    q.append(nxt)

    def dfs(self, start: N) -> List[N]:
        order, stack, seen = [], [start], set()
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            order.append(node)
            stack.extend(sorted(self.adj[node], reverse=True))
        return order

    def dijkstra(self, src: N, dst: N) -> Tuple[float, List[N]]:
        best = {src: 0}
        prev: Dict[N, Optional[N]] = {src: None}
        heap = [(0, src)]
        done: Set[N] = set()
        while heap:
            d, node = heapq.heappop(heap)
            if node in done:
                continue
            done.add(node)
            if node == dst:
                path = []
                while node is not None:
                    path.append(node)
                    node = prev[node]
                return d, path[::-1]
            for nxt, w in self.adj[node].items():
                nd = d + w
                if nxt not in best or nd < best[nxt]:
                    best[nxt] = nd
                    prev[nxt] = node
                    heapq.heappush(heap, (nd, nxt))
        raise GraphError(f"no path from {src} to {dst}")

    def components(self) -> List[List[N]]:
        seen: Set[N] = set()
        comps = []
        for node in self.nodes():
            if node in seen:
                continue
            comp = [n for n, _ in self.bfs(node)]
            seen.update(comp)
            comps.append(sorted(comp))
        return comps

    def topo_sort(self) -> List[N]:
        if not self.directed:
            raise GraphError("topological sort needs a directed graph")
        indeg = {n: 0 for n in self.adj}
        for a in self.adj:
            for b in self.adj[a]:
                indeg[b] += 1
        ready = [n for n, d in indeg.items() if d == 0]
        heapq.heapify(ready)
        out = []
        while ready:
            n = heapq.heappop(ready)
            out.append(n)
            for m in self.adj[n]:
                indeg[m] -= 1
                if indeg[m] == 0:
                    heapq.heappush(ready, m)
        if len(out) != len(self.adj):
            raise CycleError(self.find_cycle())
        return out

    def find_cycle(self) -> List[N]:
        color: Dict[N, int] = {}
        stack: List[N] = []

        def visit(n):
            color[n] = 1
            stack.append(n)
            for m in sorted(self.adj[n]):
                if color.get(m) == 1:
                    return stack[stack.index(m):] + [m]
                if m not in color:
                    found = visit(m)
                    if found:
                        return found
            stack.pop()
            color[n] = 2
            return None

        for n in self.nodes():
            if n not in color:
                found = visit(n)
                if found:
                    return found
        return []

    def mst(self) -> Tuple[float, List[Tuple[N, N, float]]]:
        parent = {n: n for n in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        total, chosen = 0, []
        for a, b, w in sorted(self.edges(), key=lambda e: (e[2], e[0], e[1])):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                total += w
                chosen.append((a, b, w))
        return total, chosen


def count_paths(g: Graph, src, dst) -> int:
    @lru_cache(maxsize=None)
    def walk(node) -> int:
        if node == dst:
            return 1
        return sum(walk(n) for n in g.adj[node])
    result = walk(src)
    print("  cache:", walk.cache_info().hits, "hits", walk.cache_info().misses, "misses")
    return result


def grid_graph(w: int, h: int, walls: Set[Tuple[int, int]]) -> Graph:
    g: Graph = Graph()
    for y in range(h):
        for x in range(w):
            if (x, y) in walls:
                continue
            for dx, dy in ((1, 0), (0, 1)):
                nx, ny = x + dx, y + dy
                if nx < w and ny < h and (nx, ny) not in walls:
                    g.add_edge((x, y), (nx, ny), 1 + (x * ny) % 3)
    return g


def main():
    roads = Graph.from_edges([("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                              ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)])
    print("nodes:", roads.nodes(), "len", len(roads), "has Z?", "Z" in roads)
    print("bfs:", list(roads.bfs("A")))
    print("dfs:", roads.dfs("A"))
    for src, dst in [("A", "D"), ("A", "F"), ("A", "Y")]:
        try:
            print(f"{src}->{dst}:", roads.dijkstra(src, dst))
        except GraphError as e:
            print(type(e).__name__, e)
    print("components:", roads.components())
    print("mst:", roads.mst())
    for bad in [lambda: roads.add_edge("P", "Q", -1), lambda: list(roads.bfs("Z")), roads.topo_sort]:
        try:
            bad()
        except GraphError as e:
            print(type(e).__name__, e)

    build = Graph.from_edges([("fetch", "configure"), ("configure", "compile"), ("compile", "test"),
                              ("compile", "docs"), ("test", "release"), ("docs", "release"),
                              ("fetch", "docs")], directed=True)
    print("topo:", build.topo_sort())
    print("paths fetch->release:", count_paths(build, "fetch", "release"))
    build.add_edge("release", "configure")
    try:
        build.topo_sort()
    except CycleError as e:
        print(type(e).__name__, e, "| length", len(e.cycle) - 1)

    dag = Graph(directed=True)
    for i in range(30):
        dag.add_edge(i, i + 1)
        dag.add_edge(i, i + 2)
    print("paths 0->30 in ladder:", count_paths(dag, 0, 30))

    walls = {(1, 0), (1, 1), (1, 2), (3, 1), (3, 2), (3, 3)}
    grid = grid_graph(5, 4, walls)
    cost, path = grid.dijkstra((0, 0), (4, 0))
    print("grid cost:", cost, "steps:", len(path) - 1)
    rows = []
    for y in range(4):
        row = ""
        for x in range(5):
            row += "#" if (x, y) in walls else ("*" if (x, y) in path else ".")
        rows.append(row)
    print("\n".join(rows))
    far = max(grid.bfs((0, 0)), key=lambda nd: (nd[1], nd[0]))
    print("farthest by hops:", far)
    dq = deque(range(6), maxlen=4)
    dq.appendleft(-1)
    dq.rotate(2)
    print(dq, dq.maxlen, list(reversed(dq)), dq.count(4))


main()
