# Uncaught exception passing through a decorator's wrapper function
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper


@logged
def ratio(a, b, *, scale=1):
    return scale * a / b


@logged
def report(values):
    return [ratio(v, 10 - v, scale=100) for v in values]


ratio(1, 4)
report([2, 5])
report([8, 10])
