# typing.TypedDict's keyword form warns as in 3.11; types.FrameType names the
# type of sys._getframe()
import sys
import types
import typing
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Movie = typing.TypedDict('Movie', title=str, year=int)
    Book = typing.TypedDict('Book', {'title': str, 'pages': int})
for w in caught:
    print(w.category.__name__, w.message)
    print(w.filename.endswith('stdlib_probe_10.py'), w.lineno)
print(Movie.__annotations__, sorted(Movie.__required_keys__))
print(Book(title='Dune', pages=412), typing.is_typeddict(Movie))
try:
    typing.TypedDict('Both', {'a': int}, b=str)
except TypeError as e:
    print(type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        typing.TypedDict('Strict', flag=bool)
    except DeprecationWarning as e:
        print('raised', type(e).__name__)

frame = sys._getframe()
print(isinstance(frame, types.FrameType), hasattr(types, 'FrameType'))


def where():
    f = sys._getframe(1)
    return isinstance(f, types.FrameType), f.f_code.co_name


def caller():
    return where()


print(caller())
