# Uncaught exception raised in the body of a `with` block
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "exc:", exc_type.__name__ if exc_type else None)
        return False

    def read(self, key):
        data = {"a": 1, "b": 2}
        return data[key]


def process(keys):
    with Resource("db") as r:
        for k in keys:
            print(k, "->", r.read(k))


process(["a", "b"])
with Resource("outer"):
    process(["b", "z", "a"])
