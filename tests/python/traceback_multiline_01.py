def compute(values, weights):
    return sum(v * w for v, w in zip(values, weights)) / sum(
        weights
    )
def g(x,
      y):
    return x / y
r = g(
    1, 0)
