# deep copies of object graphs: parent links, shared nodes, memo-aware __deepcopy__
import copy


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


root = Node("root")
usr = Node("usr", root)
lib = Node("lib", usr)
Node("bin", usr)
etc = Node("etc", root)

clone = copy.deepcopy(root)
print(clone is root, clone.name, [c.name for c in clone.children])
c_usr = clone.children[0]
c_lib = c_usr.children[0]
print(c_lib.path(), c_lib.parent is c_usr, c_usr.parent is clone, c_lib.parent is usr)
c_lib.name = "lib64"
print(lib.path(), c_lib.path())

# copying a subtree also copies what it points to (its parent chain)
sub = copy.deepcopy(lib)
print(sub.path(), sub.parent is usr, sub.parent.parent is root)

# a shallow copy shares children and parent
flat = copy.copy(usr)
print(flat.children is usr.children, flat.parent is root, flat in root.children)


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.transposed = None

    def __deepcopy__(self, memo):
        print("  Matrix.__deepcopy__, memo has self:", id(self) in memo)
        result = Matrix.__new__(Matrix)
        memo[id(self)] = result
        result.rows = copy.deepcopy(self.rows, memo)
        result.transposed = copy.deepcopy(self.transposed, memo)
        return result


m = Matrix([[1, 2], [3, 4]])
t = Matrix([[1, 3], [2, 4]])
m.transposed = t
t.transposed = m
mc = copy.deepcopy(m)
print(mc.rows, mc.transposed.rows, mc.transposed.transposed is mc, mc.rows[0] is m.rows[0])

# one memo across several deepcopy calls keeps sharing between them
memo = {}
shared = {"config": [1, 2, 3]}
a = copy.deepcopy({"ref": shared}, memo)
b = copy.deepcopy({"ref": shared}, memo)
print(a["ref"] is b["ref"], a["ref"] is shared, a == b)

# a graph with cycles through dicts, lists and instances
class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []


alice, bob, carol = Person("alice"), Person("bob"), Person("carol")
alice.friends = [bob, carol]
bob.friends = [alice]
carol.friends = [alice, bob]
registry = {"people": [alice, bob, carol], "by_name": {p.name: p for p in (alice, bob, carol)}}
reg = copy.deepcopy(registry)
ra, rb, rc = reg["people"]
print(ra.friends[0] is rb, rb.friends[0] is ra, rc.friends == [ra, rb], reg["by_name"]["bob"] is rb)
print(ra is alice, [p.name for p in ra.friends], len(reg["by_name"]))

# copy of frozen structures with mutable innards
key = ("k", (1, 2))
frozen = {key: [frozenset({1, 2}), (3, [4])]}
fc = copy.deepcopy(frozen)
print(fc, list(fc)[0] is key, fc[key][1] is frozen[key][1], fc[key][1][1] is frozen[key][1][1])
