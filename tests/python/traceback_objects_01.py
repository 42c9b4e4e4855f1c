# Traceback objects: __traceback__ is the outermost entry and tb_next goes
# towards the frame that raised; with_traceback and re-raising keep that.


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def inner():
    raise KeyError("k")


def middle():
    inner()


def outer():
    try:
        middle()
    except KeyError as e:
        print("caught in outer", lines(e.__traceback__))
        raise


try:
    outer()
except KeyError as e:
    print("caught at top", lines(e.__traceback__))
    e2 = ValueError("x").with_traceback(e.__traceback__.tb_next)
    print("with_traceback", lines(e2.__traceback__))
    try:
        raise e2
    except ValueError as e3:
        print("reraised", lines(e3.__traceback__))
