# Exception propagating through loops and several frames, with output first
def parse(tok):
    if tok.isdigit():
        return int(tok)
    if tok.startswith('-') and tok[1:].isdigit():
        return -int(tok[1:])
    return float(tok)

def parse_line(line):
    nums = []
    for tok in line.split():
        nums.append(parse(tok))
    return nums

lines = ['1 2 3', '-4 5.5', '1e3 7', '8 nine 10']
for line in lines:
    nums = parse_line(line)
    print(line, '->', nums, sum(nums))
