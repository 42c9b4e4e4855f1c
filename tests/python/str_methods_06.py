# center, ljust, rjust, zfill
print('[' + 'abc'.center(9) + ']', '[' + 'abc'.center(8) + ']', '[' + 'abc'.center(2) + ']')
print('[' + 'ab'.center(7, '*') + ']', '[' + 'ab'.center(6, '-') + ']')
print('[' + 'left'.ljust(10) + ']', '[' + 'left'.ljust(10, '.') + ']', '[' + 'toolong'.ljust(3) + ']')
print('[' + 'right'.rjust(10) + ']', '[' + 'right'.rjust(10, '0') + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(6), '12345'.zfill(3), ''.zfill(3), '3.14'.zfill(8))
table = [['name', 'qty', 'price'], ['apple', '3', '1.25'], ['kiwi', '12', '0.5'], ['watermelon', '1', '4.0']]
for row in table:
    print(row[0].ljust(12) + row[1].rjust(5) + row[2].rjust(8))
for i in range(1, 6):
    print(('*' * (2 * i - 1)).center(11, '.'))
print('日本'.center(6, '*'), 'é'.rjust(3, 'ü'))
