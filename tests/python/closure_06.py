# Decorators with arguments: a function returning a decorator
def repeat(times):
    def decorator(func):
        def wrapper(x):
            results = []
            for i in range(times):
                results.append(func(x))
            return results
        return wrapper
    return decorator

@repeat(3)
def shout(s):
    return s.upper()

print(shout('hey'))

def tag(name, attrs=''):
    def decorator(func):
        def wrapper(s):
            return '<' + name + attrs + '>' + func(s) + '</' + name + '>'
        return wrapper
    return decorator

@tag('p')
@tag('span', ' class="x"')
def content(s):
    return s

print(content('text'))

registry = {}

def register(key):
    def decorator(func):
        registry[key] = func
        return func
    return decorator

@register('sq')
def sq(x):
    return x * x

@register('neg')
def neg(x):
    return -x

print(sorted(registry))
print(registry['sq'](7), registry['neg'](7), registry['sq'] is sq)

# the factory can also be called directly
times_two = repeat(2)
twice_len = times_two(len)
print(twice_len('abcd'))
