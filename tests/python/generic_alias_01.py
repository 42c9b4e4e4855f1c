print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int] == list[int], list[int](range(3)))
print(int | None, int | str | None, (int | str).__args__, isinstance(3, int | str), list[int].__origin__, list[int].__args__)
class C:
    def __class_getitem__(cls, item): return f'C[{item}]'
print(C[int], type(list[int]).__name__, type(int|str).__name__)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(int | str == str | int, None | int)
def f(x: int | None = None, y: list[str] = []) -> dict[str, int]:
    return {}
print(f.__annotations__)
