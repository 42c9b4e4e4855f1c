# exit codes: int codes propagate, finally blocks still run
import sys

def cleanup_and_exit(code):
    try:
        print('working')
        sys.exit(code)
    finally:
        print('cleanup ran')

try:
    cleanup_and_exit(0)
except SystemExit as e:
    print('code was', e.code, type(e.code).__name__)

try:
    cleanup_and_exit(None)
except SystemExit as e:
    print('code was', e.code)

try:
    sys.exit()
except SystemExit as e:
    print('no arg code', e.code, e.args)

# SystemExit is not an Exception
try:
    try:
        sys.exit(5)
    except Exception:
        print('wrong handler')
except BaseException as e:
    print('BaseException handler', type(e).__name__, e.code)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.stdout.flush()
cleanup_and_exit(7)
