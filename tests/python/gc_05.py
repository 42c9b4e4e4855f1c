# a cache of parent/child objects, cleaned up by gc; gc.callbacks hooks
import gc
import weakref

phases = []
def hook(phase, info):
    phases.append((phase, sorted(info)))
gc.callbacks.append(hook)
gc.collect()
gc.callbacks.remove(hook)
print(phases)
print(hook in gc.callbacks)

class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

def build():
    root = Tree('root')
    for i in range(3):
        mid = Tree('m%d' % i, root)
        for j in range(2):
            Tree('l%d%d' % (i, j), mid)
    return root

root = build()
refs = []
def collect_refs(node):
    refs.append(weakref.ref(node))
    for c in node.children:
        collect_refs(c)
collect_refs(root)
print(len(refs), sum(r() is not None for r in refs))

# drop one subtree: it is still a cycle with its parent link
sub = root.children.pop()
sub.parent = None
del sub
gc.collect()
print('alive after pruning', sum(r() is not None for r in refs))
del root
gc.collect()
print('alive after dropping root', sum(r() is not None for r in refs))

# collection while disabled still works when called explicitly
gc.disable()
a = []
a.append(a)
ra_holder = []
class Box:
    pass
bx = Box()
bx.self = bx
rb = weakref.ref(bx)
del bx, a
print('before', rb() is not None)
gc.collect()
print('after explicit collect while disabled', rb() is None)
gc.enable()
