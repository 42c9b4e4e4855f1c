# NameError in a function for a module-level name (found among the globals)
threshold = 10
values = [3, 12, 7, 15]

def above(vals):
    result = []
    for v in vals:
        if v > treshold:
            result.append(v)
    return result

print('values', values)
print(above(values))
