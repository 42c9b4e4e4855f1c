# `type` statements are Python 3.12 syntax.
type Pair = tuple
