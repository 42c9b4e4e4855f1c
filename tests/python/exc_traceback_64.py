# AttributeError on a list object
s = 'text'
print(s.upper(), s.title())
lst = [1, 2]
lst.append(3)
lst.extend([4, 5])
print(lst, len(lst))
lst.reverse()
print(lst)
print(lst.length)
