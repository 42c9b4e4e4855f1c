# TypeError: object is not callable
def shout(s):
    return s.upper() + '!'

handlers = [len, shout, abs]
for h in handlers:
    if h is abs:
        print('abs', h(-3))
    else:
        print('str handler', h('abc'))
handlers.append('not a function')
print(len(handlers))
f = handlers[-1]
print(f(1))
