# Assignment to a literal among the targets of a tuple assignment
a, 1 = 2, 3
