# sys.exit with an integer code
import sys
print('before exit')
for i in range(3):
    print(i)
code = 1
code += 2
print('exiting with', code)
sys.exit(code)
print('not reached')
