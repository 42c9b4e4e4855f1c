# String iteration and membership, building results
s = 'Mississippi'
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = 0
for ch in s.lower():
    if ch in 'aeiou':
        vowels += 1
print(vowels)
rev = ''
for ch in s:
    rev = ch + rev
print(rev, rev == s[::-1])
def is_palindrome(t):
    t = t.lower().replace(' ', '')
    return t == t[::-1]
for t in ['racecar', 'A man a plan a canal Panama', 'hello', '', 'Never odd or even']:
    print(repr(t), is_palindrome(t))
caesar = ''
for ch in 'Hello, World!':
    if ch.isalpha():
        base = ord('A') if ch.isupper() else ord('a')
        caesar += chr((ord(ch) - base + 3) % 26 + base)
    else:
        caesar += ch
print(caesar)
