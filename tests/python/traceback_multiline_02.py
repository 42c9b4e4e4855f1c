def compute(values, weights):
    return sum(v * w for v, w in zip(values, weights)) / sum(
        weights
    )
compute([1, 2], [0, 0])
