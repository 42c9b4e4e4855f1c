# itertools recipes built from the primitives.
import itertools as it
import operator


def take(n, iterable):
    return list(it.islice(iterable, n))


def tabulate(function, start=0):
    return map(function, it.count(start))


def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)


def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))


def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))


def sliding_window(iterable, n):
    iterators = it.tee(iterable, n)
    for i, iterator in enumerate(iterators):
        next(it.islice(iterator, i, i), None)
    return zip(*iterators)


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def random_product_like(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(pool[len(pool) // 2] for pool in pools)


def running_mean(values):
    return [total / n for n, total in enumerate(it.accumulate(values), 1)]


print(take(4, tabulate(lambda x: x * x, 1)))
print(nth(range(10), 3), nth("ab", 5, "none"))
print(all_equal("aaa"), all_equal("aab"), all_equal(""))
print(quantify([1, 0, 3, 0], bool), quantify(range(10), lambda x: x % 3 == 0))
print(list(ncycles("ab", 3)))
print(list(flatten([[1, 2], [], [3]])))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
print(first_true([0, None, 3, 4]), first_true([], "dflt"), first_true(range(10), pred=lambda x: x > 6))
print(random_product_like("abc", range(5), repeat=2))
print(running_mean([2, 4, 6, 8]))
# Dot product and transposition with starmap / zip_longest.
print(sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(it.zip_longest(*[[1, 2, 3], [4, 5], [6]])))
# Number the lines of a text, skipping blank ones, with counters.
text = "alpha\n\nbeta\ngamma\n\n"
numbered = zip(it.count(1), filter(None, text.split("\n")))
print(list(numbered))
