# A missing comma between call arguments
name = 'world'
greeting = 'hello'
print(greeting, name)
print('a', 'b' 'c')
print(greeting name)
