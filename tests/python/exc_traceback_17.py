# Chained exceptions three deep
print('begin')
try:
    1 / 0
except ZeroDivisionError:
    try:
        [][1]
    except IndexError:
        print('second failure')
        {}['third']
