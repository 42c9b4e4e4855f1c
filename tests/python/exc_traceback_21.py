# Exception with several args
print('packing args')
try:
    raise Exception('code', 42)
except Exception as e:
    print(e.args, e)
    print(repr(e), len(e.args))
try:
    raise Exception()
except Exception as e:
    print(repr(e), e.args, str(e) == '')
raise Exception('multiple', 'args', 3)
