# AttributeError with a "Did you mean" suggestion (CPython 3.10+ traceback feature)
s = 'hello'
print(s.upper())
print(s.title(), s.capitalize())
words = ['alpha', 'beta']
for w in words:
    print(w.upper(), w.center(9, '*'))
print(s.find('l'), s.count('l'))
print(s.replace('l', 'L'))
print(s.uper())
