# Free variables used before the enclosing function assigns them
def early():
    def show():
        return x
    try:
        print(show())
    except NameError as e:
        print('NameError:', e)
    x = 'now set'
    print(show())

early()

def deleted():
    y = 1

    def show():
        return y
    print(show())
    del y
    try:
        show()
    except NameError as e:
        print('NameError:', e)

deleted()

# assignment makes a name local to the inner function
def unbound():
    z = 'outer'

    def inner():
        try:
            print(z)
        except UnboundLocalError as e:
            print('UnboundLocalError:', e)
        z = 'inner'
        return z

    return inner()

print(unbound())
