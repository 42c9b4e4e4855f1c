"""The core generator under `random`: the Mersenne Twister, with the
interface of CPython's `_random.Random` (random, getrandbits, seed,
getstate, setstate). The generator itself is native (`_mt19937`); its
state is a bytearray this object holds in a slot."""

import _mt19937


class Random:
    """Random() -> create a random number generator with its own internal state."""

    __slots__ = ("_mt_state",)

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._mt_state = _mt19937.new_state()
        return self

    def __init__(self, *args, **kwargs):
        if kwargs and type(self).__init__ is Random.__init__:
            raise TypeError("Random() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("Random() requires 0 or 1 argument")
        _mt19937.seed(self._mt_state, args[0] if args else None)

    def seed(self, n=None, /):
        """seed([n]) -> None.

        Defaults to use urandom and falls back to a combination
        of the current time and the process identifier."""
        _mt19937.seed(self._mt_state, n)

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return _mt19937.random(self._mt_state)

    def getrandbits(self, k, /):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        return _mt19937.getrandbits(self._mt_state, k)

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return _mt19937.getstate(self._mt_state)

    def setstate(self, state, /):
        """setstate(state) -> None.  Restores generator state."""
        _mt19937.setstate(self._mt_state, state)
