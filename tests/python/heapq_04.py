# heapq in algorithms: Dijkstra, k-way top scores, running median, scheduling.
import heapq


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    pq = [(0, source)]
    order = []
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        order.append(node)
        for nbr, w in graph[node]:
            nd = d + w
            if nd < dist.get(nbr, float("inf")):
                dist[nbr] = nd
                prev[nbr] = node
                heapq.heappush(pq, (nd, nbr))
    return dist, prev, order


graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
}
dist, prev, order = dijkstra(graph, "A")
print(sorted(dist.items()), order)
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print("path", ["A"] + path[::-1])


class RunningMedian:
    def __init__(self):
        self.low = []   # max-heap via negation
        self.high = []  # min-heap

    def add(self, x):
        if not self.low or x <= -self.low[0]:
            heapq.heappush(self.low, -x)
        else:
            heapq.heappush(self.high, x)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2


rm = RunningMedian()
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.add(x)
    print(x, rm.median(), rm.low, rm.high)

# Keep the k largest with a bounded min-heap.
def top_k(stream, k):
    h = []
    for x in stream:
        if len(h) < k:
            heapq.heappush(h, x)
        elif x > h[0]:
            heapq.heapreplace(h, x)
    return h


print(top_k([4, 1, 7, 3, 8, 5, 9, 2, 6], 4))

# Heap sort and an event simulation with tie-breaking counters.
def heapsort(iterable):
    h = []
    for v in iterable:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))

events = []
counter = 0
for t, what in [(5, "b"), (1, "a"), (5, "c"), (3, "d"), (1, "e")]:
    heapq.heappush(events, (t, counter, what))
    counter += 1
print(events)
while events:
    t, _, what = heapq.heappop(events)
    if what == "d":
        heapq.heappush(events, (t + 1, counter, "d2"))
        counter += 1
    print(t, what, len(events))
