"""Operating-system services: files and directories, the environment,
processes (`posix` underneath, `os.path` is `posixpath`)."""

import sys
import posix
import posixpath as path
from posix import (getcwd, chdir, listdir, mkdir, rmdir, unlink, remove,
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

class _Environ:
    """os.environ: a mapping of the process environment's str names to str
    values (changes are seen by getenv; there are no child processes)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self._data)

    def clear(self):
        self._data.clear()

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)
