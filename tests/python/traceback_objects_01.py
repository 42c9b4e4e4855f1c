# Traceback objects: __traceback__ is the outermost entry and tb_next goes
# towards the frame that raised; with_traceback and re-raising keep that.
def inner():
    raise KeyError("k")
def middle():
    inner()
def outer():
    try:
        middle()
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("caught in outer", lines)
        raise
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("caught at top", lines)
    e2 = ValueError("x").with_traceback(e.__traceback__.tb_next)
    t = e2.__traceback__
    out = []
    while t is not None:
        out.append(t.tb_lineno)
        t = t.tb_next
    print("with_traceback", out)
    try:
        raise e2
    except ValueError as e3:
        t = e3.__traceback__
        out = []
        while t is not None:
            out.append(t.tb_lineno)
            t = t.tb_next
        print("reraised", out)
