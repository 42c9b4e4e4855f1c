print(list(globals().keys()))
