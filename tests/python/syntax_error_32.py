# 'try' with neither 'except' nor 'finally'
def parse(text):
    try:
        return int(text)
    print('not a number')

print(parse('12'))
