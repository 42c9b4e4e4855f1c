# UnboundLocalError: local used before conditional assignment
def pick(flag):
    if flag:
        result = 'chosen'
    print('flag', flag)
    return result

print(pick(True))
print(pick(1))
print(pick(False))
