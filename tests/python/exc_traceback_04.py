# UnboundLocalError: assignment makes the name local
counter = 10

def bump():
    print('bumping')
    counter += 1
    return counter

print('counter is', counter)
bump()
