# Case methods and predicates
words = ['hello', 'WORLD', 'MiXeD', 'Title Case', '123', 'abc123', '', '   ', 'a b', 'ÉCOLE', 'snake_case']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize())
    print(' ', w.isdigit(), w.isalpha(), w.isspace(), w.isupper(), w.islower(), w.isalnum())
print("they're bill's friends".title())
print('hELLO wORLD'.capitalize())
print('\t\n '.isspace(), '١٢٣'.isdigit(), 'é'.isalpha())
print('ABC DEF'.isupper(), 'abc def'.islower(), 'Abc'.isupper(), '123abc'.islower())
print('ǅungla'.title(), 'oNE tWO'.title(), '42nd street'.title())
