# Local vs global scope
x = 'global x'

def read_global():
    return x

def shadow():
    x = 'local x'
    return x

print(read_global(), shadow(), x)

count = 0

def increment():
    global count
    count += 1
    return count

for i in range(3):
    increment()
print(count)

def make_global():
    global created_later
    created_later = 'made inside function'

make_global()
print(created_later)

total = 100
def add_to_total(n):
    global total
    total = total + n

add_to_total(5)
add_to_total(-50)
print(total)

def params_are_local(x):
    x = x + 1
    return x

print(params_are_local(1), x)

def uses_builtin():
    return len('abc') + abs(-2)

print(uses_builtin())
