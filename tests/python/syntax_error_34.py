# Tabs and spaces mixed in one block (TabError, an IndentationError)
def clamp(x, lo, hi):
	if x < lo:
		return lo
        return min(x, hi)

print(clamp(5, 0, 3))
