# Bare raise re-raises the original exception
def risky(n):
    return 100 // n

def wrapped(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print('cleanup before re-raise for', n)
        raise

print(wrapped(5))
print(wrapped(-3))
print(wrapped(0))
