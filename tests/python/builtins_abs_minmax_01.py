# abs, min, max
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(-2 ** 100), abs(True), abs(-float('inf')))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min('hello'), max('hello'))
print(min(1, 1.0), max(1, 1.0), min(1.0, 1), max(True, 1))
print(min([2 ** 64, -2 ** 64, 0]), max(range(10)), min(range(5, 10)))
print(max([[1, 2], [1, 3], [0, 9]]), min(['b', 'a', 'c']), max('abc', 'abd'))
print(max(-0.0, 0.0), min(0.0, -0.0), max(0, -0.0))
print(min(5, float('nan')), max(float('nan'), 5), max(float('-inf'), -1e308))
print(max({'a': 1, 'z': 0, 'm': 5}), min(iter([3, 2, 5])))
nums = [17, -3, 42, 0, 8]
lo = nums[0]
for n in nums:
    lo = min(lo, n)
print(lo, max(nums) - min(nums))
print(max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), min(-1, -2.5, -2))
