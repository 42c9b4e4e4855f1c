# operator: a small RPN calculator and a table-driven comparison filter.
import operator

BINARY = {
    "+": operator.add, "-": operator.sub, "*": operator.mul,
    "/": operator.truediv, "//": operator.floordiv, "%": operator.mod,
    "**": operator.pow, "&": operator.and_, "|": operator.or_,
    "^": operator.xor, "<<": operator.lshift, ">>": operator.rshift,
}
UNARY = {"neg": operator.neg, "inv": operator.invert, "abs": operator.abs,
         "not": operator.not_}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in BINARY:
            b = stack.pop()
            a = stack.pop()
            stack.append(BINARY[tok](a, b))
        elif tok in UNARY:
            stack.append(UNARY[tok](stack.pop()))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack.pop()


for expr in ["3 4 + 2 *", "2 10 **", "7 2 /", "7 2 //", "-7 2 %", "5 neg abs",
             "6 3 & 8 |", "1 5 <<", "5 inv", "0 not", "1.5 2 *", "1 0 /",
             "2 3 ^ 1 >>", "1 +"]:
    try:
        print(expr, "=", rpn(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

COMPARE = {"<": operator.lt, "<=": operator.le, "==": operator.eq,
           "!=": operator.ne, ">=": operator.ge, ">": operator.gt}

records = [{"name": "ann", "age": 31}, {"name": "bo", "age": 17},
           {"name": "cy", "age": 45}, {"name": "di", "age": 17}]


def where(rows, field, opname, value):
    test = COMPARE[opname]
    get = operator.itemgetter(field)
    return [r["name"] for r in rows if test(get(r), value)]


for opname in COMPARE:
    print("age", opname, 31, where(records, "age", opname, 31))
print(where(records, "name", ">", "bz"))

# Accumulating with in-place operators.
total = []
for chunk in (["a"], ["b", "c"], []):
    total = operator.iadd(total, chunk)
print(total)
counter = 0
for n in range(5):
    counter = operator.iadd(counter, n)
print(counter)
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(map(operator.pow, [2, 3, 4], [3, 2, 1])))
print(sorted(["b", "A", "c"], key=operator.methodcaller("lower")))
