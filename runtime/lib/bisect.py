"""Binary search in sorted sequences.

bisect_left and bisect_right find where a value belongs in a sorted
sequence (before or after any equal items); insort_left and insort_right
insert it there, keeping a list sorted without re-sorting it.  All of them
accept lo/hi bounds on the part of the sequence to search and a key
function applied to the sequence's items.
"""

__all__ = ['bisect_left', 'bisect_right', 'insort_left', 'insort_right',
           'bisect', 'insort']


def _bounds(a, lo, hi):
    """Validate lo/hi as the C implementation does; return (lo, hi)."""
    lo = _as_index(lo, "'%s' object cannot be interpreted as an integer")
    if hi is not None:
        hi = _as_index(hi, "argument should be integer or None, not '%s'")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    # -1 is the reference implementation's internal "not given" marker, so
    # passing it explicitly also means len(a).
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def _as_index(value, message):
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(message % type(value).__name__)
    return method(value)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index at which x would go in the sorted sequence a, after equal items.

    Every item of a[lo:i] is <= x and every item of a[i:hi] is > x, where i
    is the result; lo defaults to 0 and hi to len(a).  With key, items are
    compared as key(item) and x must already be a key value.
    """
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index at which x would go in the sorted sequence a, before equal items.

    Every item of a[lo:i] is < x and every item of a[i:hi] is >= x, where i
    is the result; lo defaults to 0 and hi to len(a).  With key, items are
    compared as key(item) and x must already be a key value.
    """
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it.

    lo and hi bound the search as for bisect_right.  With key, key(x) is
    used to find the position.
    """
    if key is None:
        index = bisect_right(a, x, lo, hi)
    else:
        index = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it.

    lo and hi bound the search as for bisect_left.  With key, key(x) is
    used to find the position.
    """
    if key is None:
        index = bisect_left(a, x, lo, hi)
    else:
        index = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(index, x)


# The short names mean the "right" variants.
bisect = bisect_right
insort = insort_right
