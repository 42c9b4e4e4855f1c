"""Operating-system services: files and directories, the environment,
processes (`posix` underneath, `os.path` is `posixpath`)."""

import sys
import posix
import _collections_abc
import posixpath as path
from posix import (getcwd, chdir, mkdir, rmdir, unlink, remove,
                   rename, replace, getpid, getppid, getuid, urandom,
                   strerror, access, cpu_count, isatty, readlink, _exit,
                   F_OK, R_OK, W_OK, X_OK)
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)
from _structseq import structseq as _structseq

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

__all__ = [
    "altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath",
    "name", "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode",
    "fsdecode", "get_exec_path", "fdopen", "extsep", "environ", "getenv",
    "makedirs", "removedirs", "renames", "walk", "scandir", "stat", "lstat",
    "listdir", "mkdir", "rmdir", "remove", "unlink", "rename", "replace",
    "getcwd", "chdir", "getpid", "urandom", "cpu_count", "PathLike",
    "fspath", "error", "strerror", "access", "stat_result", "DirEntry",
    "environb", "getenvb", "getcwdb",
]


# ---- paths ----

def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is not PathLike:
            return type.__subclasscheck__(cls, sub)
        return any("__fspath__" in vars(k) for k in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


# ---- stat ----

_stat_base = _structseq("os.stat_result", (
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",
    "st_atime_float", "st_mtime_float", "st_ctime_float",
    "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev"), 10)


class stat_result(_stat_base):
    """The result of stat(): a 10-tuple whose times are whole seconds, with
    the float and nanosecond times and more as attributes."""

    __slots__ = ()
    st_atime = property(lambda self: self.st_atime_float)
    st_mtime = property(lambda self: self.st_mtime_float)
    st_ctime = property(lambda self: self.st_ctime_float)


stat_result.__module__ = "os"


def _stat_result(t):
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = t[:10]
    seconds = (int(at), int(mt), int(ct))
    return stat_result((mode, ino, dev, nlink, uid, gid, size) + seconds + (at, mt, ct) + t[10:])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    path = fspath(path)
    return _stat_result(posix.stat(path) if follow_symlinks else posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return _stat_result(posix.lstat(fspath(path)))


# ---- directories ----

def listdir(path=None):
    """Return the names of the entries in the directory *path* (bytes names
    for a bytes path)."""
    if path is None:
        return posix.listdir()
    if not isinstance(path, (str, bytes)) and hasattr(type(path), "__fspath__"):
        path = fspath(path)
    names = posix.listdir(path)
    if isinstance(path, bytes):
        names = [n if isinstance(n, bytes) else fsencode(n) for n in names]
    return names


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and any missing parents."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): its name, path, and cached stat."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except OSError:
            return False


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path="."):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) per directory."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, files, walk_into = [], [], []
    for entry in entries:
        is_dir = entry.is_dir()
        (dirs if is_dir else files).append(entry.name)
        if not topdown and is_dir and (followlinks or not entry.is_symlink()):
            walk_into.append(entry.path)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, files


# ---- the environment ----

class _Environ(_collections_abc.MutableMapping):
    """os.environ: a mapping of the process environment's str names to str
    values (changes are seen by getenv; there are no child processes).

    os.environb is the same store seen with bytes names and values (encoded
    with fsencode)."""

    def __init__(self, data, as_bytes=False):
        self._data = data
        self._bytes = as_bytes

    def _key(self, key):
        if self._bytes:
            if not isinstance(key, bytes):
                raise TypeError(f"bytes expected, not {type(key).__name__}")
            return fsdecode(key)
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        return key

    def _out(self, value):
        return fsencode(value) if self._bytes else value

    def __getitem__(self, key):
        try:
            return self._out(self._data[self._key(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = self._key(key)
        self._data[key] = self._key(value)

    def __delitem__(self, key):
        try:
            del self._data[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([self._out(k) for k in self._data])

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return self._key(key) in self._data

    def __repr__(self):
        items = ", ".join(f"{self._out(k)!r}: {self._out(v)!r}"
                          for k, v in self._data.items())
        return f"environ({{{items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(posix.environ)
environb = _Environ(posix.environ, as_bytes=True)


def getenv(key, default=None):
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)


def getcwdb():
    """Return the current working directory as bytes."""
    return fsencode(getcwd())


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)
