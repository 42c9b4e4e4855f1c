# types: the type objects of built-in values.
import types
import sys

def function():
    pass

def generator():
    yield 1

async def coroutine():
    pass

async def async_generator():
    yield 1

class C:
    def method(self):
        pass
    @classmethod
    def cls_method(cls):
        pass

co = coroutine()
checks = [
    ("FunctionType", function, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("GeneratorType", generator(), types.GeneratorType),
    ("CoroutineType", co, types.CoroutineType),
    ("AsyncGeneratorType", async_generator(), types.AsyncGeneratorType),
    ("MethodType", C().method, types.MethodType),
    ("classmethod bound", C.cls_method, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("ModuleType", sys, types.ModuleType),
    ("CodeType", function.__code__, types.CodeType),
    ("NoneType", None, types.NoneType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
    ("GenericAlias", list[int], types.GenericAlias),
    ("UnionType", int | str, types.UnionType),
]
co.close()
for name, value, kind in checks:
    print(f"{name:20} {isinstance(value, kind)}")

print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(function, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
print(types.NoneType.__name__, types.EllipsisType.__name__, types.NotImplementedType.__name__)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.CoroutineType.__name__)
print(types.AsyncGeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
print(types.CodeType.__name__, types.CellType.__name__, types.GenericAlias.__name__)

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
cell = make_counter().__closure__[0]
print(isinstance(cell, types.CellType), cell.cell_contents)

# dispatch on the kind of callable
def kind(obj):
    if isinstance(obj, types.MethodType):
        return "bound method"
    if isinstance(obj, types.FunctionType):
        return "python function"
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(obj, type):
        return "class"
    return "other"
print([kind(x) for x in (C().method, function, print, C, 3)])

import collections
print(isinstance(collections, types.ModuleType), type(types) is types.ModuleType)
print(sorted(n for n in ("SimpleNamespace", "MappingProxyType", "new_class", "coroutine",
                         "FunctionType", "DynamicClassAttribute") if n in types.__all__))
