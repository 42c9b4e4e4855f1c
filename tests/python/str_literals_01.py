# String literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('tab\there', 'back\\slash', 'bell-less')
print('line1\nline2')
print('a\x41\x42', '\u00e9\u65e5', '\101\102\103')
s = """multi
line
  string"""
print(s)
print(len(s))
t = 'con' 'cat' "enated"
print(t)
u = ('implicit '
     'joining '
     'across lines')
print(u)
print('' == "", len(''), len(""))
print('\\n is not a newline here')
print('carriage\rreturn' == 'carriage' + '\r' + 'return')
print('null\0byte' == 'null' + chr(0) + 'byte', len('null\0byte'))
