# ZeroDivisionError: float modulo
print(7.5 % 2.0, 7.5 // 2.0)
print(-7.5 % 2.0, -7.5 // 2.0)
print(divmod(7.5, 2.0))
print(7.5 % -2.0, 7.5 // -2.0)
print(0.0 % 3.0, -0.0 % 3.0)
print(1e300 % 3.0, 5.0 % float('inf'))
zero = 0.0
print('modulo by', zero)
print(7.5 % zero)
