"""Pseudo-random numbers, compatible with CPython 3.11's ``random`` module.

The Mersenne Twister core (``random()``, ``getrandbits()``, ``seed()``,
``getstate()`` and ``setstate()`` on plain integers) is the native class
``_random.Random``.  Everything else lives here, written so that every
function consumes the core's output in exactly the same order and with
exactly the same arithmetic as CPython: the same seed therefore yields the
same integers, the same floats (bit for bit) and the same choices.

Provided:

* class ``Random`` -- seeding from int/float/str/bytes/bytearray/None
  (versions 1 and 2), versioned ``getstate``/``setstate``, pickling hooks;
* integers: ``randrange``, ``randint``, ``getrandbits``; bytes: ``randbytes``;
* sequences: ``choice``, ``choices``, ``shuffle``, ``sample``;
* real distributions: ``uniform``, ``triangular``, ``normalvariate``,
  ``gauss``, ``lognormvariate``, ``expovariate``, ``vonmisesvariate``,
  ``gammavariate``, ``betavariate``, ``paretovariate``, ``weibullvariate``;
* class ``SystemRandom`` drawing from ``os.urandom``;
* module-level functions bound to one hidden, time-seeded instance.

Only ``math`` and ``_random`` are imported at start-up; ``_sha512``,
``operator``, ``warnings``, ``_collections_abc`` and ``os`` are imported on
first use.
"""

from math import log as _log, exp as _exp, sqrt as _sqrt
from math import cos as _cos, sin as _sin, acos as _acos
from math import floor as _floor, ceil as _ceil, isfinite as _isfinite
from math import e as _e, pi as _pi, tau as TWOPI
import _random

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

# Constants of the distribution algorithms (same names and values as CPython).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float's significand
RECIP_BPF = 2 ** -BPF


# ---------------------------------------------------------------------------
# Small private helpers.  itertools.accumulate and bisect.bisect_right are
# replaced by a few lines each, so that importing random stays cheap.

def _randrange_arg(value, label):
    """Convert a randrange() argument to an exact int, as operator.index does.

    Objects without __index__ are still accepted when int() maps them to an
    equal value, with a DeprecationWarning (since 3.10); a value that int()
    changes is a ValueError.  The warnings point at randrange()'s caller.
    """
    from operator import index
    try:
        # int.__index__ turns a bool or int subclass into a plain int.
        return int.__index__(index(value))
    except TypeError:
        pass
    as_int = int(value)                 # its TypeError/ValueError propagates
    from warnings import warn
    if as_int != value:
        warn('randrange() will raise TypeError in the future',
             DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % label)
    warn('non-integer arguments to randrange() have been deprecated '
         'since Python 3.10 and will be removed in a subsequent version',
         DeprecationWarning, 3)
    return as_int


def _running_totals(values):
    """List of the running sums of values (first item kept as is)."""
    totals = []
    total = None
    for value in values:
        total = value if not totals else total + value
        totals.append(total)
    return totals


def _bisect_right(a, x, lo, hi):
    """Index where x would be inserted in sorted a[lo:hi], after equal items."""
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# Builtin types registered as collections.abc.Sequence (so are their
# subclasses); any other population is checked against the ABC itself,
# imported on first use from _collections_abc, which defines it without
# loading the whole collections package.
_KNOWN_SEQUENCES = (list, tuple, str, range, bytes, bytearray)


def _is_sequence(obj):
    if isinstance(obj, _KNOWN_SEQUENCES):
        return True
    from _collections_abc import Sequence
    return isinstance(obj, Sequence)


def _sha512_digest(data):
    from _sha512 import sha512
    return sha512(data).digest()


# ---------------------------------------------------------------------------

class Random(_random.Random):
    """Random number generator base class used by bound module functions.

    Instantiate it to get generators that don't share state.  To plug in a
    different core generator, subclass it and override random(), seed(),
    getstate() and setstate(); also override getrandbits() so that
    randrange() can cover arbitrarily large ranges.
    """

    VERSION = 3     # version of the tuple made by getstate()

    def __init__(self, x=None):
        """Create a generator; x seeds it as in Random.seed()."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize the internal state from a seed.

        a may be None (seed from the OS or the clock), an int (all bits are
        used), a float, or a str/bytes/bytearray.  With version 2 (the
        default) every bit of a str or bytes value is used, through SHA-512;
        version 1 reproduces the narrower hash of old Python versions.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            # The historical string hash: 64-bit FNV-like multiply/xor.
            if isinstance(a, bytes):
                a = a.decode('latin-1')
            x = ord(a[0]) << 7 if a else 0
            for ch in a:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512_digest(a), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the internal state; it can be passed to setstate() later."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore the internal state from an object made by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super().setstate(internalstate)
        elif version == 2:
            # Version 2 stored the 32-bit words as signed C longs; map them
            # back to unsigned values.
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as exc:
                raise TypeError from exc
            super().setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (version, self.VERSION))

    # -- pickle / copy support ----------------------------------------------

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- uniform integers below n --------------------------------------------

    def __init_subclass__(cls, /, **kwargs):
        """Pick the _randbelow() flavour a subclass can support.

        The nearest class in the MRO that defines _randbelow, getrandbits or
        random decides: an inherited _randbelow is kept, getrandbits allows
        arbitrarily large ranges, random() alone gives 53-bit ranges.
        """
        for klass in cls.__mro__:
            namespace = klass.__dict__
            if '_randbelow' in namespace:
                break
            if 'getrandbits' in namespace:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in namespace:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in range(n), for n > 0, by rejection sampling."""
        getrandbits = self.getrandbits
        k = n.bit_length()      # not (n-1).bit_length(): n may be 1
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in range(n), for n > 0, using only random()."""
        random = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize   # int(limit * maxsize) % n == 0
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # -- bytes -----------------------------------------------------------------

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # -- integers --------------------------------------------------------------

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(stop) or range(start, stop[, step]).

        Like choice(range(start, stop, step)), but without building the
        range and for arbitrarily large ranges.
        """
        # Exact ints, by far the most common arguments, skip the conversion.
        istart = start if type(start) is int else _randrange_arg(start, 'arg 1')
        if stop is None:
            # step has not been validated yet: only the default (an exact
            # int 1) may accompany a missing stop.
            if type(step) is not int or step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")

        istop = stop if type(stop) is int else _randrange_arg(stop, 'stop')
        width = istop - istart
        istep = step if type(step) is int else _randrange_arg(step, 'step')

        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))

        # Number of items in range(istart, istop, istep).
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return a random integer in [a, b], both end points included."""
        return self.randrange(a, b + 1)

    # -- sequences -------------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        # len() rather than truth: some containers refuse bool().
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates); None."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)        # pick from x[:i+1], swap into x[i]
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Choose k unique random elements from a population sequence.

        The result is a new list in selection order, so any slice of it is a
        valid random sample too.  Repeated population members are distinct
        candidates; counts=[...] gives each member a multiplicity instead,
        e.g. sample(['red', 'blue'], counts=[4, 2], k=5).  A range makes an
        efficient population: sample(range(10000000), 60).
        """
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            last = len(cum_counts)
            return [population[_bisect_right(cum_counts, s, 0, last)]
                    for s in selections]

        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Choose between two strategies by their memory footprint: a copy of
        # the population (n slots) versus a set of the k chosen indices.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            # Partial Fisher-Yates on a copy: pool[:n-i] holds the unchosen.
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            # Draw indices, redrawing the (rare) repeats.
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a list of k population elements chosen with replacement.

        Without weights or cum_weights all elements are equally likely.
        """
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError('The number of choices must be a keyword '
                                'argument: k=%r' % (weights,)) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    # -- real-valued distributions --------------------------------------------

    def uniform(self, a, b):
        """Random number in [a, b) or [a, b], depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode.

        mode defaults to the midpoint.
        """
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma."""
        # Kinderman and Monahan's ratio-of-uniforms method (ACM TOMS 3, 1977).
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution with mean mu and standard deviation sigma.

        Faster than normalvariate(): the Box-Muller transform makes two
        values at a time and the second one is kept for the next call.
        """
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal(mu, sigma); sigma > 0."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 over the desired mean.

        Values range over [0, inf) when lambd is positive and (-inf, 0]
        when it is negative.
        """
        # 1 - random() lies in (0, 1], so the log is always defined.
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution.

        mu is the mean angle in radians, kappa >= 0 the concentration; for
        kappa 0 this is a uniform angle in [0, 2*pi).
        """
        # Best and Fisher's rejection method, as in Fisher, "Statistical
        # Analysis of Circular Data" (1993).
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()

        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break

        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function); alpha, beta > 0.

        pdf(x) = x ** (alpha - 1) * exp(-x / beta)
                 / (gamma(alpha) * beta ** alpha)
        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')

        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB (Applied Statistics 26, 1977).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta

        if alpha == 1.0:
            # The exponential distribution with mean beta.
            return -_log(1.0 - random()) * beta

        # 0 < alpha < 1: algorithm GS (Ahrens and Dieter, via Kennedy and
        # Gentle's Statistical Computing).
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1]; alpha > 0 and beta > 0."""
        # Ratio of two gamma variates (Knuth, TAOCP vol. 2, 3rd ed., p. 134).
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution; alpha is the shape parameter."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution; alpha is the scale, beta the shape."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# ---------------------------------------------------------------------------

def _urandom(n):
    from os import urandom
    return urandom(n)


class SystemRandom(Random):
    """Random number generator drawing from the operating system's entropy
    source (os.urandom).  It has no state: seed() does nothing, and
    getstate() and setstate() raise NotImplementedError.
    """

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)          # drop the excess bits

    def randbytes(self, n):
        """Generate n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Stub: a system random number generator cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """A system random number generator has no state to get or set."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# ---------------------------------------------------------------------------
# The module-level functions: bound methods of one shared instance, seeded
# from the OS (or the clock) at import time.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
