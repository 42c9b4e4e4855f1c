"""Path operations on POSIX paths (`os.path`)."""

import posix

sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
    "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
    "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
    "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
    "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
    "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
    "commonpath",
]

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    """str or bytes for a path-like argument, as os.fspath."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


def _seps(p):
    return (b"/", b".", b"..", b"") if isinstance(p, bytes) else ("/", ".", "..", "")


def _check_join(func, *args):
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{func}() argument must be str, bytes, or os.PathLike object, "
                            f"not '{type(a).__name__}'")
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components")


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    try:
        parts = [_fspath(x) for x in p]
    except TypeError:
        # As CPython: a bad later component is named with join()'s message.
        _check_join("join", a, *p)
        raise
    _check_join("join", a, *parts)
    slash = _seps(a)[0]
    path = a
    for b in parts:
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots in the name is not an extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    _check_join("commonpath", *paths)
    slash, dot = _seps(paths[0])[0], _seps(paths[0])[1]
    absolute = {p.startswith(slash) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = slash if paths[0].startswith(slash) else slash[:0]
    return prefix + slash.join(common)


def _stat(path):
    try:
        return posix.stat(_fspath(path))
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        posix.lstat(_fspath(path))
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def islink(path):
    try:
        st = posix.lstat(_fspath(path))
    except (OSError, ValueError):
        return False
    return st[0] & _S_IFMT == _S_IFLNK


def ismount(path):
    path = _fspath(path)
    if islink(path) or not isdir(path):
        return False
    parent = join(path, _seps(path)[2])
    try:
        st, pst = posix.lstat(path), posix.lstat(parent)
    except OSError:
        return False
    return st[2] != pst[2] or st[1] == pst[1]


def getsize(filename):
    return posix.stat(_fspath(filename))[6]


def getatime(filename):
    return posix.stat(_fspath(filename))[7]


def getmtime(filename):
    return posix.stat(_fspath(filename))[8]


def getctime(filename):
    return posix.stat(_fspath(filename))[9]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a, b = posix.stat(_fspath(f1)), posix.stat(_fspath(f2))
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    raise NotImplementedError("sameopenfile: file descriptors are not supported")


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: no password database here
    home = posix.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode()).encode()
    if "$" not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path.startswith("${", i):
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name, end = path[i + 2:j], j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] in "_"):
                j += 1
            name, end = path[i + 1:j], j
        if name and name in posix.environ:
            out.append(posix.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


def normpath(path):
    path = _fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes, and folds three or more.
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    comps = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = slash * initial + slash.join(comps)
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path, with symbolic links resolved."""
    filename = _fspath(filename)
    is_bytes = isinstance(filename, bytes)
    path = filename.decode() if is_bytes else filename
    result = _resolve(abspath(path), strict, {})
    return result.encode() if is_bytes else result


def _resolve(path, strict, seen):
    resolved = "/"
    for comp in path.split("/"):
        if not comp or comp == ".":
            continue
        if comp == "..":
            resolved = dirname(resolved) or "/"
            continue
        candidate = join(resolved, comp)
        if not islink(candidate):
            if strict:
                posix.stat(candidate)
            resolved = candidate
            continue
        if candidate in seen:
            target = seen[candidate]
            if target is None:
                if strict:
                    posix.stat(candidate)
                # A symlink loop: keep the rest of the path as it is.
                return join(candidate, *[c for c in path.split("/") if c][len(candidate.split("/")) - 1:])
            resolved = target
            continue
        seen[candidate] = None
        target = posix.readlink(candidate)
        resolved = _resolve(target if isabs(target) else join(resolved, target), strict, seen)
        seen[candidate] = resolved
    return resolved


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = _seps(path)[1]
    start = _fspath(start)
    _check_join("relpath", path, start)
    slash, dot, dotdot, _ = _seps(path)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [dotdot] * (len(start_list) - i) + path_list[i:]
    return join(*rel) if rel else dot
