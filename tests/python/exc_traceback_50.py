# UnboundLocalError from a deleted local
def f():
    x = 'temp'
    print(x)
    del x
    print('deleted')
    return x

print('calling f')
print('expect an UnboundLocalError')
f()
