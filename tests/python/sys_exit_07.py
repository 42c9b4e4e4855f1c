# sys.exit(None) and sys.exit(0) are success
import sys
print('exit with None')
try:
    sys.exit(0)
except SystemExit as e:
    print('sys.exit(0) raised SystemExit', e.args)
if len(sys.argv) > 5:
    sys.exit(0)
print('now exiting')
sys.exit(None)
