# FOR_ITER over generators: the generator's frame is entered in the same
# loop as the `for` (FOR_ITER_GEN). Yields, returns, exceptions, closing,
# re-entry, recursion and handled exceptions must behave as with next().
import sys


def count(n):
    for i in range(n):
        yield i


def squares(n):
    for x in count(n):
        yield x * x
    return "ignored"


def with_finally(log):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        log.append("finally")


def raises_stop():
    yield 1
    raise StopIteration("inner")


def raises_value(n):
    for i in range(n):
        yield i
    raise ValueError("from generator")


def deep(n):
    if n == 0:
        yield 0
        return
    for x in deep(n - 1):
        yield x + 1


def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


def main():
    # Plain loops, nested generators, return values ignored.
    total = 0
    for x in count(100):
        total += x
    print("total", total)
    print("squares", [x for x in squares(6)], sum(squares(10)))

    # break leaves the generator suspended; closing it runs its finally.
    log = []
    g = with_finally(log)
    for x in g:
        if x == 2:
            break
    print("after break", log, g.gi_suspended)
    g.close()
    print("after close", log, g.gi_suspended, g.gi_frame)

    # The same generator in two loops: the inner one drains it.
    g = count(6)
    for a in g:
        for b in g:
            print("pair", a, b)
            if b >= 3:
                break

    # An exhausted generator ends a loop at once, every time.
    g = count(2)
    print("first", list(g), "again", [x for x in g])
    for x in g:
        print("never")

    # StopIteration raised inside becomes RuntimeError (PEP 479).
    try:
        for x in raises_stop():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

    # An exception from the generator reaches the loop's handler; the
    # generator is finished afterwards.
    g = raises_value(3)
    try:
        for x in g:
            print("value", x)
    except ValueError as e:
        print("ValueError:", e, g.gi_suspended, g.gi_frame)
    print("next after error:", next(g, "exhausted"))

    # gi_running inside the loop body (the generator is suspended there).
    g = count(2)
    for x in g:
        print("running?", g.gi_running, "suspended?", g.gi_suspended)

    # A generator that resumes itself raises ValueError inside it.
    def selfish():
        yield 1
        yield next(me)

    me = selfish()
    try:
        for x in me:
            print("selfish", x)
    except ValueError as e:
        print("ValueError:", e)

    # Recursive generators, within and past the recursion limit.
    print("deep", list(deep(40))[-1])
    try:
        for x in deep(5000):
            pass
    except RecursionError as e:
        print("RecursionError:", e)

    # The handled exception inside the generator is its own.
    for name in handled():
        print("inside:", name, "outside:", sys.exc_info()[0])

    # send() and next() on a generator a for loop also drives.
    def echo():
        got = None
        while True:
            got = yield got

    e = echo()
    next(e)
    print("send", e.send(5))
    n = 0
    for v in e:
        n += 1
        if n == 3:
            break
    print("loop saw", v, "send again", e.send("x"))


for _ in range(3):
    main()


def tb_gen():
    yield 1
    1 / 0


for x in tb_gen():
    print("last", x)
