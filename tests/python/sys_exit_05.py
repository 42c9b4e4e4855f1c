# raise SystemExit directly
def finish(code):
    print('finishing with', code)
    raise SystemExit(code)

try:
    finish(9)
except SystemExit as e:
    print('intercepted', e.args)
print('raising SystemExit(7)')
raise SystemExit(7)
