# A toy language: tokenizer (generator), recursive-descent parser, tree-walking evaluator

KEYWORDS = {'let', 'print', 'if', 'else', 'while', 'fn', 'return', 'and', 'or', 'not', 'true', 'false'}
SYMBOLS = ['==', '!=', '<=', '>=', '(', ')', '{', '}', ',', ';', '+', '-', '*', '/', '%', '<', '>', '=']


class LangError(Exception):
    def __init__(self, kind, message, pos=None):
        super().__init__(message)
        self.kind = kind
        self.pos = pos

    def __str__(self):
        where = f' at {self.pos}' if self.pos is not None else ''
        return f'{self.kind}{where}: {self.args[0]}'


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f'{self.kind}:{self.value!r}'


def tokenize(src):
    i = 0
    line = 1
    while i < len(src):
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield Token('num', int(src[i:j]), line)
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            yield Token('kw' if word in KEYWORDS else 'name', word, line)
            i = j
        elif c == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise LangError('SyntaxError', 'unterminated string', line)
            yield Token('str', src[i + 1:j], line)
            i = j + 1
        else:
            for sym in SYMBOLS:
                if src.startswith(sym, i):
                    yield Token('op', sym, line)
                    i += len(sym)
                    break
            else:
                raise LangError('SyntaxError', f'unexpected character {c!r}', line)
    yield Token('eof', None, line)


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def check(self, kind, value=None):
        tok = self.peek()
        return tok.kind == kind and (value is None or tok.value == value)

    def accept(self, kind, value=None):
        if self.check(kind, value):
            return self.next()
        return None

    def expect(self, kind, value=None):
        tok = self.accept(kind, value)
        if tok is None:
            got = self.peek()
            want = value if value is not None else kind
            raise LangError('SyntaxError', f'expected {want!r}, got {got.value!r}', got.pos)
        return tok

    def program(self):
        stmts = []
        while not self.check('eof'):
            stmts.append(self.statement())
        return ('block', stmts)

    def block(self):
        self.expect('op', '{')
        stmts = []
        while not self.check('op', '}'):
            if self.check('eof'):
                raise LangError('SyntaxError', 'unclosed block', self.peek().pos)
            stmts.append(self.statement())
        self.expect('op', '}')
        return ('block', stmts)

    def statement(self):
        if self.accept('kw', 'let'):
            name = self.expect('name').value
            self.expect('op', '=')
            value = self.expr()
            self.expect('op', ';')
            return ('let', name, value)
        if self.accept('kw', 'print'):
            args = [self.expr()]
            while self.accept('op', ','):
                args.append(self.expr())
            self.expect('op', ';')
            return ('print', args)
        if self.accept('kw', 'if'):
            self.expect('op', '(')
            cond = self.expr()
            self.expect('op', ')')
            then = self.block()
            other = None
            if self.accept('kw', 'else'):
                other = self.statement() if self.check('kw', 'if') else self.block()
            return ('if', cond, then, other)
        if self.accept('kw', 'while'):
            self.expect('op', '(')
            cond = self.expr()
            self.expect('op', ')')
            return ('while', cond, self.block())
        if self.accept('kw', 'fn'):
            name = self.expect('name').value
            self.expect('op', '(')
            params = []
            if not self.check('op', ')'):
                params.append(self.expect('name').value)
                while self.accept('op', ','):
                    params.append(self.expect('name').value)
            self.expect('op', ')')
            return ('fn', name, params, self.block())
        if self.accept('kw', 'return'):
            value = self.expr()
            self.expect('op', ';')
            return ('return', value)
        if self.check('name') and self.tokens[self.i + 1].kind == 'op' and self.tokens[self.i + 1].value == '=':
            name = self.next().value
            self.next()
            value = self.expr()
            self.expect('op', ';')
            return ('assign', name, value)
        e = self.expr()
        self.expect('op', ';')
        return ('expr', e)

    def expr(self):
        return self.or_expr()

    def or_expr(self):
        left = self.and_expr()
        while self.accept('kw', 'or'):
            left = ('or', left, self.and_expr())
        return left

    def and_expr(self):
        left = self.not_expr()
        while self.accept('kw', 'and'):
            left = ('and', left, self.not_expr())
        return left

    def not_expr(self):
        if self.accept('kw', 'not'):
            return ('not', self.not_expr())
        return self.comparison()

    def comparison(self):
        left = self.additive()
        for op in ('==', '!=', '<=', '>=', '<', '>'):
            if self.accept('op', op):
                return ('bin', op, left, self.additive())
        return left

    def binary_level(self, ops, sub):
        left = sub()
        while True:
            tok = self.peek()
            if tok.kind == 'op' and tok.value in ops:
                self.next()
                left = ('bin', tok.value, left, sub())
            else:
                return left

    def additive(self):
        return self.binary_level(('+', '-'), self.term)

    def term(self):
        return self.binary_level(('*', '/', '%'), self.unary)

    def unary(self):
        if self.accept('op', '-'):
            return ('neg', self.unary())
        return self.call()

    def call(self):
        node = self.atom()
        while self.accept('op', '('):
            args = []
            if not self.check('op', ')'):
                args.append(self.expr())
                while self.accept('op', ','):
                    args.append(self.expr())
            self.expect('op', ')')
            node = ('call', node, args)
        return node

    def atom(self):
        tok = self.next()
        if tok.kind in ('num', 'str'):
            return ('lit', tok.value)
        if tok.kind == 'kw' and tok.value in ('true', 'false'):
            return ('lit', tok.value == 'true')
        if tok.kind == 'name':
            return ('var', tok.value)
        if tok.kind == 'op' and tok.value == '(':
            e = self.expr()
            self.expect('op', ')')
            return e
        raise LangError('SyntaxError', f'unexpected token {tok.value!r}', tok.pos)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def find(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise LangError('NameError', f'undefined variable {name!r}')

    def get(self, name):
        return self.find(name).vars[name]

    def set(self, name, value):
        self.find(name).vars[name] = value


class Function:
    def __init__(self, name, params, body, closure):
        self.name, self.params, self.body, self.closure = name, params, body, closure

    def __repr__(self):
        return f'<fn {self.name}/{len(self.params)}>'


def show(v):
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    return str(v)


BINOPS = {
    '+': lambda a, b: a + b if type(a) == type(b) else show(a) + show(b),
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '%': lambda a, b: a % b,
    '==': lambda a, b: a == b,
    '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b,
    '>': lambda a, b: a > b,
    '<=': lambda a, b: a <= b,
    '>=': lambda a, b: a >= b,
}


class Interpreter:
    def __init__(self, out):
        self.out = out
        self.globals = Env()
        self.globals.vars['len'] = len
        self.steps = 0

    def run(self, src):
        tree = Parser(src).program()
        self.exec_block(tree, self.globals)

    def exec_block(self, block, env):
        for stmt in block[1]:
            self.exec(stmt, env)

    def exec(self, s, env):
        self.steps += 1
        kind = s[0]
        if kind == 'let':
            env.vars[s[1]] = self.eval(s[2], env)
        elif kind == 'assign':
            env.set(s[1], self.eval(s[2], env))
        elif kind == 'print':
            self.out.append(' '.join(show(self.eval(a, env)) for a in s[1]))
        elif kind == 'if':
            if self.eval(s[1], env):
                self.exec_block(s[2], Env(env))
            elif s[3] is not None:
                if s[3][0] == 'block':
                    self.exec_block(s[3], Env(env))
                else:
                    self.exec(s[3], env)
        elif kind == 'while':
            while self.eval(s[1], env):
                self.exec_block(s[2], Env(env))
        elif kind == 'fn':
            env.vars[s[1]] = Function(s[1], s[2], s[3], env)
        elif kind == 'return':
            raise ReturnSignal(self.eval(s[1], env))
        elif kind == 'expr':
            self.eval(s[1], env)

    def eval(self, e, env):
        kind = e[0]
        if kind == 'lit':
            return e[1]
        if kind == 'var':
            return env.get(e[1])
        if kind == 'neg':
            return -self.eval(e[1], env)
        if kind == 'not':
            return not self.eval(e[1], env)
        if kind == 'and':
            return self.eval(e[1], env) and self.eval(e[2], env)
        if kind == 'or':
            return self.eval(e[1], env) or self.eval(e[2], env)
        if kind == 'bin':
            a = self.eval(e[2], env)
            b = self.eval(e[3], env)
            if e[1] == '/':
                if b == 0:
                    raise LangError('RuntimeError', 'division by zero')
                return a // b
            try:
                return BINOPS[e[1]](a, b)
            except TypeError:
                raise LangError('TypeError', f'bad operands for {e[1]}: {show(a)!r}, {show(b)!r}')
        if kind == 'call':
            fn = self.eval(e[1], env)
            args = [self.eval(a, env) for a in e[2]]
            if not isinstance(fn, Function):
                if callable(fn):
                    return fn(*args)
                raise LangError('TypeError', f'{show(fn)!r} is not callable')
            if len(args) != len(fn.params):
                raise LangError('TypeError', f'{fn.name} takes {len(fn.params)} args, got {len(args)}')
            local = Env(fn.closure)
            local.vars.update(zip(fn.params, args))
            try:
                self.exec_block(fn.body, local)
            except ReturnSignal as r:
                return r.value
            return None
        raise LangError('InternalError', f'unknown node {kind}')


PROGRAMS = [
    ('arithmetic', '''
        let x = 2 + 3 * 4;
        let y = (2 + 3) * 4;
        print x, y, -x + y, 17 % 5, 17 / 5;
        print "x is " + x, 1 < 2, not (1 < 2);
    '''),
    ('loops', '''
        let i = 0;
        let total = 0;
        while (i < 10) {
            if (i % 2 == 0) { total = total + i; } else { total = total - 1; }
            i = i + 1;
        }
        print "total", total;
    '''),
    ('recursion', '''
        fn fact(n) { if (n <= 1) { return 1; } return n * fact(n - 1); }
        fn fib(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }
        print fact(10), fact(20);
        let k = 0;
        while (k < 12) { print "fib", k, fib(k); k = k + 3; }
    '''),
    ('closures', '''
        fn make_counter(start) {
            let n = start;
            fn step(by) { n = n + by; return n; }
            return step;
        }
        let c = make_counter(100);
        c(1); c(10);
        print c(0), len("hello");
        fn classify(n) {
            if (n < 0) { return "neg"; } else if (n == 0) { return "zero"; } else { return "pos"; }
        }
        print classify(-5), classify(0), classify(7);
        print true and false, true or false, 0 or "fallback";
    '''),
    ('undefined', 'let a = 1; print a; print b;'),
    ('divzero', 'fn half(x) { return x / (x - x); } print half(4);'),
    ('syntax1', 'let = 5;'),
    ('syntax2', 'print (1 + 2;'),
    ('syntax3', 'if (1) { print 1;\n'),
    ('badchar', 'let x = 3 @ 4;'),
    ('arity', 'fn f(a, b) { return a; }\nprint f(1);'),
    ('types', 'print 1 - "one";'),
]

for name, src in PROGRAMS:
    out = []
    interp = Interpreter(out)
    try:
        interp.run(src)
        status = 'ok'
    except LangError as e:
        status = str(e)
    print(f'== {name} ({status}, {interp.steps} steps)')
    for line in out:
        print('  ' + line)

print(list(tokenize('let a1 = "s" <= 10;')))
