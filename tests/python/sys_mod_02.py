# sys.exit with a non-string, non-int object: repr/str goes to stderr, exit code 1
import sys

class Job:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return 'job %s aborted' % self.name

def run():
    try:
        sys.exit(Job('backup'))
    except SystemExit as e:
        print('caught', type(e.code).__name__, str(e.code))
        print('args', len(e.args))
    try:
        sys.exit((1, 2))
    except SystemExit as e:
        print('tuple code', e.code)
    try:
        raise SystemExit(1, 'two')
    except SystemExit as e:
        print('two args code', e.code)
    print('now exiting for real')
    sys.exit(['bad', 'list'])

run()
print('unreachable')
