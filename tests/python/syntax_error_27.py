# A number glued to a name (invalid decimal literal)
rate = 3
total = 0
for month in range(12):
    total += rate
print(total)
yearly = 12months * rate
print(yearly)
