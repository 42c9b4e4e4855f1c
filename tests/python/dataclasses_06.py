# With "from __future__ import annotations" every annotation is a string;
# ClassVar, InitVar and KW_ONLY are still recognised from the text.
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    total: ClassVar[int] = 0
    other: typing.ClassVar[str] = 'x'
    discount: InitVar[float] = 0.0
    rate: dataclasses.InitVar[int] = 1
    _: KW_ONLY
    sku: str = '?'

    def __post_init__(self, discount, rate):
        self.price = round(self.price * (1 - discount) * rate, 2)
        Item.total += 1


i = Item('pen', 2.0, ['office'], 0.5, 2, sku='P1')
print(i)
print([(f.name, f.type) for f in fields(Item)])
print({name: str(f._field_type) for name, f in Item.__dataclass_fields__.items()})
print(Item.__init__.__annotations__)
print(Item.__doc__)
print(Item.total, Item.other)


@dataclass
class Spaced:
    a: ' ClassVar [int]' = 5
    b: 'typing . ClassVar[int]' = 6
    c: int = 7


print(Spaced(), [f.name for f in fields(Spaced)])


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    def add(self, v):
        child = Node(v, parent=self)
        self.children.append(child)
        return child


root = Node(1)
root.add(2).add(3)
root.add(4)
print([c.value for c in root.children], root.children[0].children[0].parent.value)
print(fields(Node)[1].type, fields(Node)[2].type)


# An unknown name that merely looks like ClassVar is a normal field.
@dataclass
class NotClassVar:
    x: Classvar[int] = 1
    y: typing_ClassVar = 2


print(NotClassVar(), len(fields(NotClassVar)))
