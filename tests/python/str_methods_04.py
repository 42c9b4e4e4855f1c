# join, replace, find, rfind, index, count
print(', '.join(['a', 'b', 'c']), ''.join([]), '-'.join(['solo']))
print('-'.join('abc'), ' '.join(('x', 'y')), '+'.join(['1', '2', '3']))
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('the', 'a', 1), s.replace('xyz', '!'))
print(s.replace('', '|')[:20], 'aaa'.replace('a', 'aa'), 'abab'.replace('ab', ''))
print(s.find('at'), s.find('at', 5), s.find('at', 5, 8), s.find('dog'), s.find(''))
print(s.rfind('at'), s.rfind('the'), s.rfind('zzz'), s.rfind('t', 0, 5))
print(s.index('cat'), s.index('t', 1), s.rfind('t'))
print(s.count('at'), s.count('t'), s.count(''), s.count('the', 1), 'aaaa'.count('aa'))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.count('l'))
words = s.split()
print('_'.join(words).upper())
print('日本語'.find('語'), '日本語'.replace('本', 'ほん'))
