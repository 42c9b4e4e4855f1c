# Unterminated string literal
print('first')
ok = 'fine'
also_ok = "also fine"
triple = '''triple
quoted'''
print(ok, also_ok, triple)
greeting = 'hello
print(greeting)
print('end')
