class Node:
    def __init__(self):
        self.nxt = self
    def __repr__(self):
        return f"Node({self.nxt!r})"
print(repr(Node()))
