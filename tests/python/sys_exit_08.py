# SystemExit propagating out of nested calls
import sys
def level(n):
    print('level', n)
    if n == 3:
        sys.exit(n * 10)
    level(n + 1)
    print('never after', n)

level(0)
