# Sorting lists
nums = [38, 27, 43, 3, 9, 82, 10, -5, 0, 3]
print(sorted(nums), nums)
nums.sort()
print(nums)
words = ['pear', 'Apple', 'fig', 'banana', 'apple', 'Fig']
print(sorted(words), sorted(words, reverse=True))
mixed = [3, 1.5, 2, -0.5, True, 10 ** 20, -2 ** 70]
print(sorted(mixed))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
print(sorted([[3, 1], [1, 2], [3, 0], [1]]))
print(sorted('hello world'))
print(sorted((5, 4, 3)), sorted(range(5), reverse=True))
print(sorted({'b': 1, 'a': 2, 'c': 0}))
def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
print(insertion_sort([5, 3, 8, 1, 9, 2]), insertion_sort([]), insertion_sort([1]))
print(sorted([0.1 + 0.2, 0.3, 0.30000000000000001]))
