# ValueError from int() on a bad literal
def parse_all(tokens):
    out = []
    for t in tokens:
        n = int(t)
        print('parsed', n)
        out.append(n)
    return out

print(parse_all(['1', '22', '-3']))
print(parse_all(['4', 'x', '6']))
