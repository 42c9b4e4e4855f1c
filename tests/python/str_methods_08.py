# Method chaining and misc string operations
s = '  Hello, World  '
print(s.strip().lower().replace(',', '').split(' '))
print(s.strip().upper().center(20, '~'))
print('-'.join('a:b:c'.split(':')).upper())
csv = 'name,age\nann,31\nbob,27\ncat,45'
lines = csv.splitlines()
header = lines[0].split(',')
total = 0
for line in lines[1:]:
    fields = line.split(',')
    print(fields[0].capitalize().ljust(5), header[1], fields[1])
    total += int(fields[1])
print('total', total)
print('abc'.upper().lower().title())
print(str(12345)[::-1].zfill(8))
print('x'.join(['1', '2']))
