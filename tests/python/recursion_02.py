# Catching RecursionError
def runaway(n):
    return runaway(n + 1) + 1

try:
    runaway(0)
except RecursionError as e:
    print('caught:', e)
    print(type(e).__name__, isinstance(e, RuntimeError))

def runaway2():
    runaway2()

for i in range(3):
    try:
        runaway2()
    except RecursionError:
        print('caught again', i)

def fine(n):
    if n == 0:
        return 'bottom'
    return fine(n - 1)

print(fine(500))
