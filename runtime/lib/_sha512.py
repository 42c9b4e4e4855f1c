"""SHA-512 (the digest itself is native: `_sha2`)."""

import _sha2


class sha512:
    """A SHA-512 hash object: update() with bytes-like data, then
    digest() or hexdigest()."""

    name = "sha512"
    digest_size = 64
    block_size = 128

    def __init__(self, data=b"", /, *, usedforsecurity=True):
        self._data = bytearray()
        self.update(data)

    def update(self, data, /):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._data += memoryview(data).tobytes()

    def digest(self):
        return _sha2.sha512_digest(self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = sha512()
        other._data = bytearray(self._data)
        return other
