# OverflowError converting a huge int to float
big = 10 ** 300
print(float(big))
print(big * 10 > 1e308)
print(big / 10 ** 299)
bigger = big * 10 ** 20
print(len(str(bigger)))
print(bigger // 3 % 1000)
print(bigger > 1e308, bigger == float('inf'))
print('dividing')
print(bigger / 1.5)
