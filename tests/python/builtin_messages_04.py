for f in [lambda: b'abc'.startswith('a'), lambda: b'abc'.endswith(['a']), lambda: {1}.symmetric_difference([2],[3]), lambda: {1}.isdisjoint(), lambda: {1}.issubset([1],[2]), lambda: frozenset({1}).issuperset()]:
    try: f()
    except TypeError as e: print(e)
s={1}
for f in [lambda: s.add(), lambda: s.remove(1,2), lambda: s.discard()]:
    try: f()
    except TypeError as e: print(e)
try:
    {1}.add(x=1)
except TypeError as e:
    print(e)
