for f in [lambda: 5 & 1.0, lambda: 1.0 & 5, lambda: True & 1.0, lambda: 5 << 1.0, lambda: 2.0 | 1.0]:
    try: f()
    except TypeError as e: print(e)
l=[1,2,3]
for f in [lambda: l.__setitem__(slice(None), 5), lambda: l.__setitem__(slice(None,None,2), 5)]:
    try: f()
    except TypeError as e: print(e)
l[0:1] = (x for x in [9])
print(l)
