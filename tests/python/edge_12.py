# String multiplication and slicing with negative steps
s = "abcdefgh"
print(s[::-1], s[::-2], s[-2::-2], s[-1:-4:-1])
print(repr(s[2:5:-1]), s[5:2:-1], s[:2:-1], s[2::-1])
print(s[-100:100], repr(s[100:]), s[::3], s[1::3], s[-3:])
print(repr(s[4:4]), repr(s[-1:0]), s[-1:0:-1], s[len(s)::-1])
print(s[slice(1, 7, 2)], s[slice(None, None, -3)], s[slice(-2, None)])

print("ab" * 3, 3 * "ab", repr("ab" * 0), repr("ab" * -2), "-" * 10)
print([1, 2] * 2, (0,) * 3, [[]] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 9
print("shared rows:", grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print("separate rows:", grid)

word = "racecar"
print(word == word[::-1], "python"[::-1] == "python")
nums = list(range(10))
print(nums[::-1][:3], nums[-3::-3], nums[7:2:-2])
nums[::-2] = ["a", "b", "c", "d", "e"]
print(nums)
try:
    nums[::-2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    "x" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * "y"
except TypeError as e:
    print("TypeError:", e)
print(range(10)[::-3], list(range(10)[::-3]), range(10)[-1])
print(b"bytes"[::-1], (1, 2, 3, 4)[::-2], "é€x"[::-1])
idx = slice(None, None, -1).indices(5)
print(idx, slice(-2, None, -1).indices(5), slice(10, -10, -2).indices(6))
print("".join(reversed(s)) == s[::-1], s[:-1] + s[-1] == s)
print("=" * 3 + ">" + "<" + "=" * 3, ("ab" * 2)[1:-1])
