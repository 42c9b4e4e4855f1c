# A dictionary literal left open: reported at its opening brace
print('building settings')
settings = {
    'width': 80,
    'height': 24,
    'title': 'demo'

def show(d):
    for key in sorted(d):
        print(key, d[key])

show(settings)
