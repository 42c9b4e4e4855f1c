# ValueError: substring not found from str.index
s = 'hello world'
print(s.find('world'), s.index('world'))
print(s.find('o'), s.rfind('o'), s.index('o', 5))
print(s.find('xyz'))
for sub in ['he', 'lo', 'd']:
    print(sub, s.index(sub))
print('about to search for xyz')
print(s.index('xyz'))
print('not reached')
