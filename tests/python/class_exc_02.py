# User exceptions with __init__ calling super().__init__ and extra attributes
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field + ': ' + problem)
        self.field = field
        self.problem = problem

def validate(record):
    if 'name' not in record:
        raise ValidationError('name', 'missing')
    if record['age'] < 0:
        raise ValidationError('age', 'negative (' + str(record['age']) + ')')
    return 'valid'

for rec in [{'name': 'a', 'age': 3}, {'age': 1}, {'name': 'b', 'age': -2}]:
    try:
        print(validate(rec))
    except ValidationError as e:
        print('error:', e)
        print('  field', e.field, '/ problem', e.problem)
        print('  args', e.args)

class HttpError(Exception):
    def __init__(self, status, reason='unknown'):
        super().__init__(status, reason)
        self.status = status

try:
    raise HttpError(404, 'not found')
except HttpError as e:
    print(e.status, e.args, str(e))
try:
    raise HttpError(500)
except HttpError as e:
    print(e.status, e.args, repr(e))

# __init__ that does not call super().__init__: args still holds the call arguments
class Quiet(Exception):
    def __init__(self, code):
        self.code = code

try:
    raise Quiet(7)
except Quiet as e:
    print(e.code, e.args, str(e))
