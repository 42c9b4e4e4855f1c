# Chained exceptions caught and examined: walking __cause__ and __context__
class LayerError(Exception):
    pass

def db():
    raise ConnectionError('db down')

def repo():
    try:
        db()
    except ConnectionError as e:
        raise LayerError('repo failed') from e

def service():
    try:
        repo()
    except LayerError:
        raise LayerError('service failed')

def describe(exc):
    lines = []
    while exc is not None:
        if exc.__cause__ is not None:
            link = 'cause'
            nxt = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            link = 'context'
            nxt = exc.__context__
        else:
            link = 'end'
            nxt = None
        lines.append(type(exc).__name__ + '(' + str(exc) + ') --' + link + '-->')
        exc = nxt
    return lines

try:
    service()
except LayerError as e:
    for line in describe(e):
        print(line)

# from None hides the context in the walk
def hidden():
    try:
        db()
    except ConnectionError:
        raise LayerError('hidden') from None

try:
    hidden()
except LayerError as e:
    print(describe(e))
    print('context still stored:', type(e.__context__).__name__)

# traceback objects: tb_lineno and tb_next exist
def thrower():
    raise ValueError('tb')

try:
    thrower()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print('traceback depth:', depth)
