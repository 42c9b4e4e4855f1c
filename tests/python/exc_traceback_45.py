# IndexError: string index out of range
word = 'abc'
for i in range(-3, 3):
    print(i, word[i])
print(word[0:10], word[-10:1])
print(repr(word[5:]))
print(word[len(word) - 1])
print(word[-1], word[-3], word[2])
print('indexing at -4')
print(word[-4])
