# Exception raised inside an except handler in a called function, caught nowhere
def inner():
    return [1, 2, 3][10]

def middle():
    try:
        inner()
    except IndexError as e:
        print('middle saw', e)
        return int('not a number')

def outer():
    print('outer start')
    middle()

outer()
