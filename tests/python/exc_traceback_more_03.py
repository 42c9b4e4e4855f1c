# Uncaught exception raised inside a generator driven by a for loop
def parse_numbers(lines):
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        yield n, int(text)


def running_total(pairs):
    total = 0
    for n, value in pairs:
        total += value
        yield n, total


lines = ["10", " 20 ", "", "30", "forty", "50"]
for lineno, total in running_total(parse_numbers(lines)):
    print("line", lineno, "total", total)
print("not reached")
