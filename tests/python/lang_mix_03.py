# Closures used as callbacks with nonlocal state
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def get():
        return count

    return inc, reset, get


inc, reset, get = make_counter(10, 5)
print(inc(), inc(), get())
reset()
print(get(), inc())


def make_accumulator():
    history = []
    total = 0

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    add.history = history
    return add


acc = make_accumulator()
for v in [3, 4, -2]:
    print("acc ->", acc(v))
print("history:", acc.history)


def run_with_callbacks(items, on_item, on_done):
    for i, item in enumerate(items):
        on_item(i, item)
    on_done(len(items))


def make_logger(prefix):
    seen = 0
    lines = []

    def on_item(i, item):
        nonlocal seen
        seen += 1
        lines.append(f"{prefix}[{i}]={item}")

    def on_done(n):
        lines.append(f"{prefix} done: {seen}/{n}")

    def dump():
        return lines

    return on_item, on_done, dump


on_item, on_done, dump = make_logger("L")
run_with_callbacks(["x", "y", "z"], on_item, on_done)
run_with_callbacks([1], on_item, on_done)
print("\n".join(dump()))

# late binding vs default-argument binding
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

# callbacks sharing one cell
def shared():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        nonlocal x
        x *= 10
    return a, b, lambda: x

a, b, peek = shared()
a(); b(); a(); b()
print("shared:", peek())
