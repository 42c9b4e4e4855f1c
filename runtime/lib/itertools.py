"""Building blocks for iterator pipelines.

Endless iterators: count, cycle, repeat.
Iterators that transform or filter their inputs and stop with them:
accumulate, chain (and chain.from_iterable), compress, dropwhile,
filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
zip_longest.
Combinatorics: product, permutations, combinations,
combinations_with_replacement.

Every iterator here is a class, as in CPython: arguments are checked (and
input iterables are turned into iterators) when the object is created, not
when it is first advanced.
"""

import sys

_MAXSIZE = sys.maxsize
_MISSING = object()


def _index(value):
    """Convert value with __index__, with the usual TypeError when it can't."""
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# --- Infinite iterators --------------------------------------------------------

def _is_number(value):
    kind = type(value)
    return (hasattr(kind, '__index__') or hasattr(kind, '__int__')
            or hasattr(kind, '__float__') or isinstance(value, complex))


class count:
    """Endless arithmetic progression: start, start + step, start + 2*step, ...

    start and step can be any numbers; repr() shows the next value.
    """
    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        # Counting from an int by an int step of 1 produces plain ints (so
        # count(True) counts 1, 2, 3, ...), as CPython's fast path does.
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start = int(start)
            step = 1
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._value)
        return '%s(%r, %r)' % (type(self).__name__, self._value, step)


class cycle:
    """Yield the items of iterable, then the same items again, forever."""
    __slots__ = ('_it', '_saved', '_index')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index == len(saved):
            self._index = 0
        return item


class repeat:
    """Yield object again and again: forever, or times times.

    A negative times counts as zero.
    """
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=_MISSING):
        self._object = object
        if times is _MISSING:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times > 0:
            self._times = times - 1
            return self._object
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._times)


# --- Iterators terminating on the shortest input ---------------------------

class accumulate:
    """Running totals of iterable: running sums, or results of func(total, item).

    With initial, that value is produced first and starts the total.
    """
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _MISSING:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """Yield the items of each iterable in turn, first to last.

    The iterables are only turned into iterators when they are reached.
    """
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        # The inputs themselves are only turned into iterators when reached.
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Chain the iterables produced by one iterable, taken lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                try:
                    self._active = iter(iterable)
                except TypeError:
                    # A non-iterable input ends the chain for good.
                    self._source = None
                    raise
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """Yield the items of data whose matching selector is true.

    Stops when either data or selectors runs out.
    """
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile:
    """Skip items while predicate(item) is true, then yield all the rest."""
    __slots__ = ('_predicate', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._it)
        if self._dropping:
            while self._predicate(item):
                item = next(self._it)
            self._dropping = False
        return item


class takewhile:
    """Yield items while predicate(item) is true; stop at the first false one.

    The item that fails the predicate is consumed and dropped.
    """
    __slots__ = ('_predicate', '_it', '_done')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """Yield the items for which function(item) is false.

    With function None, the items that are false themselves.
    """
    __slots__ = ('_function', '_it')

    def __init__(self, function, iterable, /):
        self._function = None if function is bool else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        function = self._function
        for item in self._it:
            if not (item if function is None else function(item)):
                return item
        raise StopIteration


class starmap:
    """Yield function(*args) for each argument sequence args of iterable."""
    __slots__ = ('_function', '_it')

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class islice:
    """Iterator over a slice of an iterable: islice(it, stop) or
    islice(it, start, stop[, step]).

    Like seq[start:stop:step] for iterators, except that start, stop and
    step must be non-negative (or None).  The input is consumed lazily:
    items are only read when the next selected one is asked for.
    """
    __slots__ = ('_it', '_skip', '_left', '_step')

    def __init__(self, iterable, *args):
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (len(args) + 1))
        # -1 stands for "no stop" below, as in the reference implementation
        # (which is why an explicit stop of -1 gets the "Stop" message while
        # smaller negative values get the "Indices" one).
        start, stop, step = 0, -1, 1
        if len(args) == 1:
            stop_arg = args[0]
        else:
            start_arg, stop_arg = args[0], args[1]
            if start_arg is not None:
                start = _ssize_or_minus_one(start_arg)
        if stop_arg is not None:
            stop = _ssize_or_minus_one(stop_arg)
            if stop == -1:
                raise ValueError('Stop argument for islice() must be None or '
                                 'an integer: 0 <= x <= sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if len(args) == 3 and args[2] is not None:
            step = _ssize_or_minus_one(args[2])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._it = iter(iterable)
        # Items to discard before producing the next one.  The first skip is
        # not capped by stop: islice(it, 5, 2) still consumes 5 items.
        self._skip = start
        # How many more items may be consumed from the input (None: any).
        self._left = None if stop == -1 else stop
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        left = self._left
        try:
            skip = self._skip
            while skip > 0:
                next(it)
                skip -= 1
                self._skip = skip
                if left is not None:
                    left -= 1
                    self._left = left
            if left is not None and left <= 0:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        skip = self._step - 1
        if left is not None:
            left -= 1
            self._left = left
            # Never read past stop while skipping to the next item.
            if skip > left:
                skip = left
        self._skip = skip
        return item


def _ssize_or_minus_one(value):
    """Convert an islice argument to a Py_ssize_t, or -1 if it isn't one."""
    try:
        value = _index(value)
    except TypeError:
        return -1
    if -_MAXSIZE - 1 <= value <= _MAXSIZE:
        return value
    return -1


class pairwise:
    """Yield overlapping pairs of neighbours: (s0, s1), (s1, s2), ..."""
    __slots__ = ('_it', '_previous')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._previous = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._previous is _MISSING:
                self._previous = next(it)
            item = next(it)
        except StopIteration:
            self._it = None
            self._previous = _MISSING
            raise
        pair = (self._previous, item)
        self._previous = item
        return pair


class zip_longest:
    """Like zip(), but runs until the longest input is exhausted.

    Inputs that finish early are padded with fillvalue (None by default).
    """
    __slots__ = ('_iterators', '_active', '_fillvalue')

    def __init__(self, *iterables, fillvalue=None):
        self._iterators = [iter(iterable) for iterable in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._active:
            raise StopIteration
        iterators = self._iterators
        result = []
        for i, it in enumerate(iterators):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                iterators[i] = None
                item = self._fillvalue
            except BaseException:
                self._active = 0
                raise
            result.append(item)
        return tuple(result)


# --- groupby ---------------------------------------------------------------

class groupby:
    """Split iterable into runs of consecutive items with the same key.

    Yields (key, group) pairs, where group is an iterator over the run.
    key defaults to the identity.  Groups share the underlying iterator:
    advancing groupby makes the previous group empty.
    """
    __slots__ = ('_it', '_keyfunc', '_target', '_key', '_value', '_grouper')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _MISSING   # key of the group handed out last
        self._key = _MISSING      # key of the current input element
        self._value = _MISSING    # current element, until a group takes it
        self._grouper = None      # the only _grouper still allowed to run

    def _step(self):
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __iter__(self):
        return self

    def __next__(self):
        # Advancing the outer iterator invalidates the previous group.
        self._grouper = None
        # Skip whatever is left of the current group.
        while True:
            if self._key is _MISSING:
                pass
            elif self._target is _MISSING:
                break
            else:
                target, key = self._target, self._key
                if not (target is key or target == key):
                    break
            self._step()
        self._target = self._key
        grouper = _grouper(self, self._target)
        self._grouper = grouper
        return self._key, grouper


class _grouper:
    __slots__ = ('_parent', '_target')

    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._value is _MISSING:
            parent._step()
        target, key = self._target, parent._key
        if not (target is key or target == key):
            raise StopIteration
        value = parent._value
        parent._value = _MISSING
        return value


# --- tee -------------------------------------------------------------------

class _TeeLink:
    """One cell of the buffer shared by tee iterators.

    A link without a successor is the end of the buffer: its value has not
    been fetched yet.  Links behind the slowest iterator become garbage.
    """
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """One of the iterators made by tee(); copies share a buffer."""
    __slots__ = ('_source', '_link')

    def __init__(self, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source = it._source
            self._link = it._link
        else:
            self._source = it
            self._link = _TeeLink()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        """A new tee iterator at the same position."""
        return _tee(self)


def tee(iterable, n=2, /):
    """Split one iterable into n independent iterators (a tuple).

    Items are read from the input once and buffered until every iterator
    has seen them.
    """
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = it.__copy__
    return (it,) + tuple([copy() for _ in range(n - 1)])


# --- Combinatoric iterators --------------------------------------------------
#
# These consume their inputs up front and then produce tuples from a
# generator, so that the tuples come in the documented lexicographic order
# of input positions.

class product:
    """Cartesian product of the input iterables, as tuples.

    The rightmost input varies fastest, like nested for-loops; repeat=n
    repeats the list of inputs n times.
    """
    __slots__ = ('_gen',)

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._gen = _product(pools)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    indices = [0] * len(pools)
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        # Advance the rightmost position that can still move, like an
        # odometer; the positions to its right wrap around to their start.
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            index = indices[i] + 1
            if index < len(pool):
                indices[i] = index
                current[i] = pool[index]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        else:
            return
        yield tuple(current)


class permutations:
    """All orderings of r distinct items of iterable (r defaults to all of them).

    Tuples come in lexicographic order of the positions of the items.
    """
    __slots__ = ('_gen',)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = int(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._gen = _permutations(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # `order` is a permutation of the input positions: its first r entries
    # are the current selection, the rest are kept in increasing order.
    # Reversing that tail turns it into its largest arrangement, so the
    # ordinary "next permutation" step on the whole list then yields the
    # next r-prefix in lexicographic order (and leaves the tail sorted again).
    order = list(range(n))
    yield tuple([pool[i] for i in order[:r]])
    while True:
        order[r:] = order[r:][::-1]
        # Find the rightmost ascent.
        i = n - 2
        while i >= 0 and order[i] > order[i + 1]:
            i -= 1
        if i < 0:
            return
        # Swap it with the smallest larger value to its right, then sort
        # (here: reverse) everything after it.
        j = n - 1
        while order[j] < order[i]:
            j -= 1
        order[i], order[j] = order[j], order[i]
        order[i + 1:] = order[i + 1:][::-1]
        yield tuple([pool[k] for k in order[:r]])


class combinations:
    """All r-item selections from iterable, without repetition.

    Each tuple keeps the input order; tuples come in lexicographic order of
    the positions of the items.
    """
    __slots__ = ('_gen',)

    def __init__(self, iterable, r):
        r = _index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        # Find the rightmost index that has not reached its final value
        # (position i can go at most up to n - r + i).
        i = r - 1
        while i >= 0 and indices[i] == n - r + i:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """All r-item selections from iterable, where items may repeat.

    Each tuple keeps the input order; tuples come in lexicographic order of
    the positions of the items.
    """
    __slots__ = ('_gen',)

    def __init__(self, iterable, r):
        r = _index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations_with_replacement(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[k] for k in indices])
    while True:
        # Find the rightmost index that can still grow, bump it, and make
        # every later index equal to it (indices never decrease).
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
