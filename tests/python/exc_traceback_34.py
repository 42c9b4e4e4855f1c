# TypeError: can only concatenate str (not "int") to str
name = 'item'
for i in range(3):
    label = name + str(i)
    print(label)
print(name + '-' + name)
print(name * 2 + str(2))
count = 3
print('count is ' + str(count))
label = name + count
