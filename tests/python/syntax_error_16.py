# An unterminated triple-quoted string swallows the rest of the file
def describe():
    """Return a description.
    return 'a thing'

print(describe())
print('done')
