# Catching SystemExit, then exiting for real
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.args, e)
try:
    sys.exit('msg')
except SystemExit as e:
    print('caught again', repr(e))
try:
    sys.exit(1)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
print('exiting with 2')
sys.exit(2)
