# A small stack-based calculator: tokenizer, shunting-yard, RPN evaluator
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            if '.' in text:
                tokens.append(float(text))
            else:
                tokens.append(int(text))
            i = j
            continue
        if ch in '+-*/%^()':
            tokens.append(ch)
            i += 1
            continue
        raise ValueError('bad character ' + repr(ch) + ' at ' + str(i))
    return tokens

PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}

def to_rpn(tokens):
    out = []
    ops = []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops and ops[-1] != '(':
                out.append(ops.pop())
            if not ops:
                raise ValueError('unbalanced )')
            ops.pop()
        else:
            while ops and ops[-1] != '(' and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != '^')):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        op = ops.pop()
        if op == '(':
            raise ValueError('unbalanced (')
        out.append(op)
    return out

def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if not isinstance(t, str):
            stack.append(t)
            continue
        if len(stack) < 2:
            raise IndexError('stack underflow at ' + t)
        b = stack.pop()
        a = stack.pop()
        if t == '+':
            stack.append(a + b)
        elif t == '-':
            stack.append(a - b)
        elif t == '*':
            stack.append(a * b)
        elif t == '/':
            stack.append(a / b)
        elif t == '%':
            stack.append(a % b)
        elif t == '^':
            stack.append(a ** b)
    if len(stack) != 1:
        raise ValueError('leftover stack ' + str(stack))
    return stack[0]

def calc(src):
    tokens = tokenize(src)
    rpn = to_rpn(tokens)
    return tokens, rpn, eval_rpn(rpn)

exprs = ['1 + 2', '2 * 3 + 4', '2 * (3 + 4)', '7 - 10 - 3', '2 ^ 3 ^ 2', '(2 ^ 3) ^ 2',
         '10 / 4', '7 % 3 - 7 % 4', '1.5 * 4', '2 ^ 100', '0.1 + 0.2', '((1))',
         '100 / 3 * 3', '2 ^ 0.5', '12 % 5 ^ 2', '9 - 2 * 3 ^ 2 / 6']
for e in exprs:
    tokens, rpn, value = calc(e)
    print(e, '=>', value)
    print('   rpn:', rpn)

bad = ['1 +', '(1 + 2', '1 + 2)', '4 / 0', '3 $ 4', '5 % 0', '']
for e in bad:
    try:
        print(e, '=>', calc(e)[2])
    except (ValueError, IndexError) as err:
        print(repr(e), 'error', type(err).__name__, err)
    except ZeroDivisionError as err:
        print(repr(e), 'math error', err)

stack = []
for tok in [3, 4, '+', 5, '*', 2, '^']:
    if isinstance(tok, int):
        stack.append(tok)
    else:
        print('apply', tok, 'to', stack)
        stack.append(eval_rpn([stack.pop(-2), stack.pop(), tok]))
print(stack)
