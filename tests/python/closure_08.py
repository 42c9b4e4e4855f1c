# global inside nested functions
total = 0
name = 'module'

def outer():
    name = 'outer local'

    def add(n):
        global total
        total = total + n
        return total

    def rename():
        global name
        name = 'renamed'

    add(5)
    add(7)
    rename()
    return name

print(outer())
print(total, name)

# global in an inner function skips the enclosing local of the same name
counter = 100

def wrapper():
    counter = 0

    def bump():
        global counter
        counter = counter + 1

    bump()
    bump()
    return counter

print(wrapper(), counter)

# a nested function can create a new global
def make_global():
    def inner():
        global created
        created = 'created inside'
    inner()

make_global()
print(created)

# reading a global from a nested function needs no declaration
limit = 3

def outer2():
    def check(v):
        return v < limit
    return check(2), check(5)

print(outer2())
