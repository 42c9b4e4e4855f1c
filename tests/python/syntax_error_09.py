# 'return' outside a function (reported by the compiler, not the parser)
print('module code')

def inside():
    return 1

x = inside()
if x:
    return x
print('never')
