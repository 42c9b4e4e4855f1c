# sys.exit with a message: printed to stderr, exit code 1
import sys
def fail(reason):
    print('failing because', reason)
    sys.exit('fatal: ' + reason)

print('about to fail')
print('exit code will be 1')
fail('disk full')
print('not reached')
