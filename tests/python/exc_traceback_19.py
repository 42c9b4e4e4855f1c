# raise with a custom message at module level
def validate(age):
    if age < 0:
        raise ValueError('age must be non-negative, got ' + str(age))
    return age

for a in [30, 0, 12]:
    print('valid', validate(a))
try:
    validate(-1)
except ValueError as e:
    print('rejected:', e)
raise RuntimeError('configuration missing: ' + 'db_url')
