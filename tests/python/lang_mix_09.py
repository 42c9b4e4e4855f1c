# A linked list class with __iter__/__len__/__reversed__/__contains__
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, value):
        print(f"  (searching for {value!r})")
        return any(v == value for v in self)

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse_in_place(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), bool(ll), bool(LinkedList()))
print(list(reversed(ll)))
print(4 in ll, 9 not in ll)
print(sorted(ll), sum(ll), max(ll))
print(ll[0], ll[-1], ll[2])
a, b, *rest = ll
print(a, b, rest)
ll.reverse_in_place()
print(ll)
print([x * 2 for x in ll if x > 1])
it = iter(ll)
print(next(it), next(it))
print(list(zip(ll, reversed(ll))))
while ll:
    print("pop", ll.pop(), "left", len(ll))
try:
    ll.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    LinkedList("ab")[5]
except IndexError as e:
    print("IndexError:", e)
try:
    ll.extra = 1
    ll.head = Node(1)
    ll.head.extra = 2
except AttributeError as e:
    print("AttributeError:", e)
