"""Priority queues on plain lists (binary min-heaps).

A heap is a list in which every item is <= its children, the children of
index k being at 2*k + 1 and 2*k + 2, so heap[0] is always the smallest
item.  heappush and heappop add and remove items in O(log n), heapify
turns any list into a heap in linear time, and heapreplace / heappushpop
combine a pop and a push.  merge, nsmallest and nlargest are built on top.

The sift algorithms are the ones of the reference implementation, so a
list goes through exactly the same layouts (and the same comparisons) as
it does under CPython.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, funcname, numbered):
    if not isinstance(heap, list):
        kind = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() argument%s must be list, not %s'
                        % (funcname, ' 1' if numbered else '', kind))


# --- Sifting ---------------------------------------------------------------
#
# _siftdown moves the item at `pos` towards the root (stopping at
# `startpos`) while it is smaller than its parent.  _siftup first walks the
# hole at `pos` all the way down to a leaf, always promoting the smaller
# child, and then lets the displaced item bubble back up with _siftdown.
# That order (Floyd's variant) needs fewer comparisons on average, and it is
# what determines the resulting layout.

def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    """Maxheap variant of _siftdown."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    """Maxheap variant of _siftup."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


# --- Public heap operations ---------------------------------------------------

def heappush(heap, item, /):
    """Add item to the heap, keeping the heap property."""
    _check_list(heap, 'heappush', True)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item of the heap."""
    _check_list(heap, 'heappop', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop the smallest item, push item, and return the popped one.

    The heap keeps its size, and this is cheaper than a heappop followed by
    a heappush.  The returned value can be larger than item; the heap must
    not be empty.
    """
    _check_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item.

    Cheaper than a heappush followed by a heappop; when item is not larger
    than the current smallest it is returned straight away.
    """
    _check_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list in place into a heap, in linear time."""
    _check_list(heap, 'heapify', False)
    # Every index past n//2 - 1 is a leaf, hence already a one-item heap.
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


def _heappop_max(heap, /):
    """heappop for a max-heap (largest item first)."""
    _check_list(heap, '_heappop_max', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """heapreplace for a max-heap (largest item first)."""
    _check_list(heap, '_heapreplace_max', True)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(heap, /):
    """heapify into a max-heap (largest item first)."""
    _check_list(heap, '_heapify_max', False)
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


# --- Merging and selecting ---------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted iterables into one sorted stream.

    Works like sorted(itertools.chain(*iterables)) but yields one item at a
    time and holds only one pending item per input.  Each input must be
    sorted already, by key when key is given and in descending order when
    reverse is true.  Equal items come out in the order of their inputs.

    >>> list(merge([1, 4, 9], [2, 3, 10], [5]))
    [1, 2, 3, 4, 5, 9, 10]
    """
    # Each heap entry is [sort_key, rank, value, iterator].  The rank
    # (the position of the input, negated when merging in reverse so that
    # the max-heap still prefers earlier inputs) breaks ties, which keeps the
    # merge stable and means values and iterators are never compared.
    if reverse:
        sift, pop, replace, direction = (_heapify_max, _heappop_max,
                                         _heapreplace_max, -1)
    else:
        sift, pop, replace, direction = heapify, heappop, heapreplace, 1

    entries = []
    for rank, iterable in enumerate(iterables):
        it = iter(iterable)
        try:
            value = next(it)
        except StopIteration:
            continue
        sort_key = value if key is None else key(value)
        entries.append([sort_key, rank * direction, value, it])
    sift(entries)

    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            pop(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(entries, entry)

    if entries:
        # Only one input is left: pass the rest of it straight through.
        _, _, value, it = entries[0]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """Return the n smallest items of iterable, smallest first.

    The result equals sorted(iterable, key=key)[:n].
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return the n largest items of iterable, largest first.

    The result equals sorted(iterable, key=key, reverse=True)[:n].
    """
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    """Shared body of nsmallest() and nlargest()."""
    if n == 1:
        missing = object()
        best = (max if largest else min)(iterable, default=missing, key=key)
        return [] if best is missing else [best]

    # When the whole input fits, sorting it is simplest and fastest.
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]

    it = iter(iterable)
    if n <= 0:
        return []

    # Keep the n best entries seen so far in a heap whose root is the worst
    # of them, so that each new candidate needs a single comparison.  An
    # entry is (sort_key, tie, value): ties are broken by input position, so
    # that among equal keys earlier items win, exactly as a stable sort does.
    if largest:
        # Min-heap: the root has the smallest key (latest item on ties).
        make_heap, replace, sign = heapify, heapreplace, -1
    else:
        # Max-heap: the root has the largest key (latest item on ties).
        make_heap, replace, sign = _heapify_max, _heapreplace_max, 1

    heap = []
    for position, value in zip(range(n), it):
        heap.append((value if key is None else key(value), position * sign,
                     value))
    if not heap:
        return heap
    make_heap(heap)

    position = n
    worst = heap[0][0]
    for value in it:
        sort_key = value if key is None else key(value)
        # A later item only displaces the worst one when strictly better.
        if (worst < sort_key) if largest else (sort_key < worst):
            replace(heap, (sort_key, position * sign, value))
            worst = heap[0][0]
        position += 1

    heap.sort(reverse=largest)
    return [entry[2] for entry in heap]
