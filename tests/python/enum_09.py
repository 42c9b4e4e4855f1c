# StrEnum: members that are strings.
from enum import StrEnum, Enum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = 'DELETE'


print(Method.GET, repr(Method.GET), str(Method.POST), f'{Method.DELETE}', format(Method.GET, '>6'))
print(Method.GET == 'get', Method.GET.upper(), Method.POST + '/x', 'po' in Method.POST, len(Method.DELETE))
print(Method('post'), Method['DELETE'], isinstance(Method.GET, str), sorted(Method))
print('/'.join(Method), Method.GET.value, type(Method.GET.value))
print({'get': 1}[Method.GET], Method.GET in {'get', 'put'})
print(Method.GET.startswith('g'), Method.DELETE.lower(), Method.POST.split('s'))
try:
    Method('put')
except ValueError as e:
    print(type(e).__name__, e)

for bad in ("A = 1", "A = ('x', 1)", "A = ('a', 'utf-8', 2)", "A = ('a', 'b', 'c', 'd')"):
    try:
        exec(f'class Bad(StrEnum):\n    {bad}\n', globals())
    except TypeError as e:
        print(type(e).__name__, e)


class Encoded(StrEnum):
    SNOWMAN = (b'\xe2\x98\x83', 'utf-8')
    PLAIN = (b'abc', 'ascii', 'strict')


print(repr(Encoded.SNOWMAN), repr(Encoded.PLAIN))


# A str-mixin Enum (not StrEnum) keeps Enum's str().
class Legacy(str, Enum):
    A = 'a'


print(str(Legacy.A), repr(Legacy.A), f'{Legacy.A}', Legacy.A == 'a')


# A tiny tokenizer using StrEnum values as the token text.
class Op(StrEnum):
    PLUS = '+'
    MINUS = '-'
    TIMES = '*'
    DIVIDE = '/'
    LPAREN = '('
    RPAREN = ')'


def tokenize(text):
    tokens = []
    number = ''
    for ch in text:
        if ch.isdigit():
            number += ch
            continue
        if number:
            tokens.append(int(number))
            number = ''
        if ch.isspace():
            continue
        tokens.append(Op(ch))
    if number:
        tokens.append(int(number))
    return tokens


PREC = {Op.PLUS: 1, Op.MINUS: 1, Op.TIMES: 2, Op.DIVIDE: 2}


def to_rpn(tokens):
    out, stack = [], []
    for tok in tokens:
        if isinstance(tok, int):
            out.append(tok)
        elif tok is Op.LPAREN:
            stack.append(tok)
        elif tok is Op.RPAREN:
            while stack[-1] is not Op.LPAREN:
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] is not Op.LPAREN and PREC[stack[-1]] >= PREC[tok]:
                out.append(stack.pop())
            stack.append(tok)
    while stack:
        out.append(stack.pop())
    return out


def evaluate(rpn):
    stack = []
    for tok in rpn:
        if isinstance(tok, int):
            stack.append(tok)
            continue
        b, a = stack.pop(), stack.pop()
        match tok:
            case Op.PLUS:
                stack.append(a + b)
            case Op.MINUS:
                stack.append(a - b)
            case Op.TIMES:
                stack.append(a * b)
            case Op.DIVIDE:
                stack.append(a // b)
    return stack[0]


for expr in ('1 + 2 * 3', '(1 + 2) * 3', '100 / (4 - 2) - 7', '2*3*4'):
    toks = tokenize(expr)
    rpn = to_rpn(toks)
    print(expr, '=>', ' '.join(str(t) for t in rpn), '=', evaluate(rpn))
try:
    tokenize('1 % 2')
except ValueError as e:
    print(type(e).__name__, e)
