# Globals read before and after modification, and name resolution order
value = 1

def read():
    return value

def write(v):
    global value
    value = v

def shadow(value):
    return value * 100

print(read())
write(5)
print(read(), value)
print(shadow(2), value)

def uses_len():
    return len([1, 2, 3])

len_calls = 0

def counted_len(seq):
    global len_calls
    len_calls += 1
    return len(seq)

for s in ['a', 'bb', 'ccc']:
    print(s, counted_len(s))
print('len_calls', len_calls, uses_len())

def swap_globals():
    global first, second
    first, second = second, first

first = 'one'
second = 'two'
swap_globals()
print(first, second)

def nested_calls(n):
    global depth_seen
    if n > depth_seen:
        depth_seen = n
    if n < 5:
        nested_calls(n + 1)

depth_seen = 0
nested_calls(0)
print('depth_seen', depth_seen)
