# IndexError: pop from empty list
stack = [1, 2]
stack.append(3)
print(stack)
print(stack.pop())
print(stack.pop(0))
print(stack.pop())
print(stack, len(stack))
print('popping from empty stack')
print(stack.pop())
