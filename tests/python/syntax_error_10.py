# 'break' outside a loop (reported by the compiler, not the parser)
print('module code')
for i in range(3):
    if i == 1:
        break
    print(i)
while True:
    break
break
print('never')
