x = 10
print(eval("x * 2 + 1"), eval("[i*i for i in range(4)]"), eval("  3 + 4"))
g = {"a": 5}
print(eval("a + 1", g), eval("a * b", g, {"b": 3}))
exec("y = x + 5\nprint('in exec', y)")
print(y)
ns = {}
exec("def f(n):\n    return n * 3\nresult = f(4)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
def func():
    z = 7
    print(eval("z + 1"))
    exec("w = 3")
    return "done"
print(func())
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg if hasattr(e, "msg") else e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
