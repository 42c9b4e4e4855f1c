"""Utilities for with-statement contexts (PEP 343).

contextmanager / asynccontextmanager turn generator functions into context
managers; ExitStack / AsyncExitStack combine any number of them
dynamically; closing, aclosing, suppress, redirect_stdout, redirect_stderr,
nullcontext and chdir are small ready-made ones.
"""

import abc
import sys
import _collections_abc
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

_GenericAlias = type(list[int])


# ---------------------------------------------------------------------------
# Abstract base classes

class AbstractContextManager(abc.ABC):

    """An abstract base class for context managers: classes with __enter__
    and __exit__ are virtual subclasses."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        """Enter the context; the default gives the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would suppress the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _collections_abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):

    """An abstract base class for asynchronous context managers: classes
    with __aenter__ and __aexit__ are virtual subclasses."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        """Enter the context; the default gives the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would suppress the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _collections_abc._check_methods(C, "__aenter__",
                                                   "__aexit__")
        return NotImplemented


# ---------------------------------------------------------------------------
# Context managers usable as decorators

class ContextDecorator(object):
    """Mixin letting a context manager be used as a function decorator too:
    each call of the decorated function then runs inside the context."""

    def _recreate_cm(self):
        """The context manager to use for one call of a decorated function.

        Returning self is right for reusable context managers; one-shot ones
        (like those from @contextmanager) return a fresh copy.
        """
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """Mixin letting an asynchronous context manager decorate coroutine
    functions: each call then runs inside the context."""

    def _recreate_cm(self):
        """The context manager to use for one call of a decorated function."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# ---------------------------------------------------------------------------
# @contextmanager and @asynccontextmanager

class _GeneratorContextManagerBase:
    """What the context managers made from (async) generators share."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The instance documents itself with the generator function's doc.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # A generator runs once: each use as a decorator needs a new one.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """The context manager made by a @contextmanager function."""

    def __enter__(self):
        # Only needed to recreate the context manager, which is no longer
        # possible once it has been entered.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Normal exit: the generator must finish after its one yield.
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()

        if value is None:
            # Have an instance, to recognise it if it comes back out.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it,
            # unless it was a StopIteration from the with body coming back.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in becomes a RuntimeError when it leaves
            # the generator (PEP 479): that is the original exception too.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The thrown exception propagating means "not suppressed":
            # __exit__ reports that by returning False rather than raising.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The context manager made by an @asynccontextmanager function."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()

        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A Stop(Async)Iteration thrown in comes out as a RuntimeError.
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager decorator: make a context manager of a generator
    function.

    The generator runs up to its single yield when the with block is
    entered (the yielded value is what `as` receives), and resumes when
    the block exits; an exception raised in the block is raised again at
    the yield.  For example:

        @contextmanager
        def tag(name):
            print(f"<{name}>")
            try:
                yield
            finally:
                print(f"</{name}>")

        with tag("p"):
            print("text")
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: make an asynchronous context manager
    of an async generator function, for use with `async with`.

    The generator runs up to its single yield on entry and resumes on exit,
    as with @contextmanager.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# ---------------------------------------------------------------------------
# Small context managers

class closing(AbstractContextManager):
    """closing(thing): `with closing(thing) as t:` binds t to thing and
    calls thing.close() when the block is left, however it is left."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """aclosing(thing): `async with aclosing(thing) as t:` binds t to thing
    and awaits thing.aclose() when the block is left (for async generators,
    say)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Temporarily replace the sys attribute named by _stream."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be entered re-entrantly.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """redirect_stdout(f): sys.stdout is f inside the with block (so print()
    writes to f), and the previous value is put back afterwards."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """redirect_stderr(f): sys.stderr is f inside the with block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """suppress(*exceptions): an exception of one of those classes (or a
    subclass) raised in the with block ends the block silently, and
    execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Suppressing means returning a true value; issubclass() follows
        # the same rules as an except clause listing the exceptions.
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """nullcontext(enter_result=None): a context manager with no effect,
    for when one is optional; `as` receives enter_result.  Also works
    with `async with`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """chdir(path): the working directory is path inside the with block and
    goes back to the previous one afterwards (process-wide: not safe with
    threads)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------
# ExitStack and AsyncExitStack

def _bound_exit(cm, cm_exit):
    """cm's __exit__ (found on its type, as `with` does) bound to cm."""
    def exit_callback(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    return exit_callback


def _enter_exit_methods(cm, enter_name, exit_name, protocol):
    """The enter and exit methods of cm's type, or the TypeError a with
    statement would raise."""
    cls = type(cm)
    try:
        return getattr(cls, enter_name), getattr(cls, exit_name)
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the {protocol} protocol") from None


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Make new_exc's chain of __context__ links end at old_exc.

    An exit callback runs after the with block's exception (old_exc) has
    been passed to it, so an exception it raises gets as context the one
    handled around the stack's __exit__ (frame_exc), not old_exc as nested
    with statements would give it.  Re-link the end of the chain.
    """
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return      # already right
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


def _raise_keeping_context(exc):
    """Raise exc with the __context__ the stack gave it (a plain raise here
    would replace it with the exception being handled)."""
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: a stack of exit callbacks,
    each stored as (is_sync, callback)."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move all the registered callbacks to a new stack, returned;
        this one is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register a callback with the signature of __exit__.

        It may suppress an exception by returning true, as __exit__ can.
        An object with an __exit__ method (a context manager, say) has
        that method registered instead.  Returns exit, so that push can
        decorate a function.
        """
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager: take it for the callback itself.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager cm and push its __exit__.

        Returns what cm.__enter__() returned.
        """
        enter, exit = _enter_exit_methods(cm, "__enter__", "__exit__",
                                          "context manager")
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to be called on exit.

        It cannot suppress exceptions.  Returns callback, so that this can
        decorate a function.
        """
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(_bound_exit(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding any number of others, and callbacks.

    enter_context(), push() and callback() add to it while it is in use;
    on exit everything added is exited/called in reverse order, exactly as
    nested with statements would.  For example, every file opened here is
    closed at the end, even when a later open() fails:

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        # The callbacks run innermost first, like nested with statements:
        # each sees the exception (if any) left by those run before it, and
        # may suppress it by returning true.
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = None      # the exception to raise at the end, if any
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if callback(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_exception_context(exc, exc_details[1], frame_exc)
                pending = exc
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending is not None:
            _raise_keeping_context(pending)
        return received_exc and suppressed

    def close(self):
        """Exit everything on the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The asynchronous ExitStack, used with `async with`: it also takes
    asynchronous context managers (enter_async_context) and coroutine
    callbacks (push_async_exit, push_async_callback)."""

    def _push_async_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(_bound_exit(cm, cm_exit), False)

    async def enter_async_context(self, cm):
        """Enter the asynchronous context manager cm and push its
        __aexit__.  Returns what cm.__aenter__() returned.
        """
        enter, exit = _enter_exit_methods(cm, "__aenter__", "__aexit__",
                                          "asynchronous context manager")
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Register a coroutine function with the signature of __aexit__,
        or an object with an __aexit__ method (which is then registered).
        Returns exit, so that this can decorate a function.
        """
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call callback(*args, **kwds) to
        be awaited on exit.  Returns callback.
        """
        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper, False)
        return callback

    async def aclose(self):
        """Exit everything on the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        # As ExitStack.__exit__, awaiting the asynchronous callbacks.
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = None
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = callback(*exc_details)
                else:
                    result = await callback(*exc_details)
                if result:
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                _fix_exception_context(exc, exc_details[1], frame_exc)
                pending = exc
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending is not None:
            _raise_keeping_context(pending)
        return received_exc and suppressed
