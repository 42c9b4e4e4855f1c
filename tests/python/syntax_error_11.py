# Missing indented block (IndentationError, a SyntaxError subclass)
def f():
    print('body')

print('module level')

def g():
return 1

print(f())
print(g())
