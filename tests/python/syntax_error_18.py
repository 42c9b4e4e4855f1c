# A 'for' loop whose body was not indented
words = ['alpha', 'beta', 'gamma']
count = 0
for word in words:
print(word)
count += 1
print(count)
