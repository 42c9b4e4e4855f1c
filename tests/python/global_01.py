# global statement across functions
state = []
level = 0

def push(v):
    global level
    state.append(v)
    level += 1

def pop():
    global level
    level -= 1
    return state.pop()

push(1)
push('two')
push(3.0)
print(state, level)
print(pop(), pop(), state, level)

def reset():
    global state, level
    state = ['fresh']
    level = 0

reset()
print(state, level)

def read_only():
    return level + len(state)

print(read_only())

def define_then_use():
    global g1, g2
    g1 = 10
    g2 = g1 * 2

define_then_use()
print(g1, g2)
