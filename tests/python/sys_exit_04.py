# sys.exit inside try/finally: finally still runs
import sys
def run():
    try:
        print('in try')
        sys.exit(4)
    finally:
        print('finally runs on exit')

run()
print('not reached')
