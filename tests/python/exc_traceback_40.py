# ValueError: list.remove of a missing element
lst = [1, 2, 3, 2]
lst.remove(2)
print(lst)
lst.remove(2)
print(lst)
print(2 in lst, lst.count(2))
print('removing 2 again')
lst.remove(2)
print(lst)
