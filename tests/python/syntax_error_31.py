# An 'if' at the end of the file with no body
numbers = [3, 1, 2]
numbers.sort()
print(numbers)
if numbers:
