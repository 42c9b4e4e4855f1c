# A dedent to a column that no enclosing block uses
def total(items):
    result = 0
    for item in items:
        result += item
      print('running total', result)
    return result

print(total([1, 2, 3]))
