# Exceptions from builtins and operators, caught and inspected
cases = []
def attempt(label, fn, arg):
    try:
        r = fn(arg)
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

def div0(x):
    return x / 0
def fdiv0(x):
    return x // 0.0
def mod0(x):
    return x % 0
def bad_int(x):
    return int(x)
def bad_float(x):
    return float(x)
def neg_shift(x):
    return 1 << x
def idx(x):
    return [1, 2, 3][x]
def str_idx(x):
    return 'abc'[x]
def add_str(x):
    return x + 'a'
def mul_lists(x):
    return [1] * x
def call_int(x):
    return x()
def ord_bad(x):
    return ord(x)
attempt('div0', div0, 1)
attempt('fdiv0', fdiv0, 1)
attempt('mod0', mod0, 5)
attempt('int', bad_int, 'twelve')
attempt('int', bad_int, '12.5')
attempt('int', bad_int, '')
attempt('float', bad_float, 'abc')
attempt('shift', neg_shift, -1)
attempt('idx', idx, 3)
attempt('idx', idx, -4)
attempt('stridx', str_idx, 10)
attempt('add', add_str, 1)
attempt('add', add_str, 'ok')
attempt('mul', mul_lists, 2.5)
attempt('call', call_int, 5)
attempt('ord', ord_bad, 'ab')
attempt('div0', div0, 0.0)
