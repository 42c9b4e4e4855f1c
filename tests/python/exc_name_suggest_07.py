# NameError with no name close enough for a suggestion
alpha = 1
beta = 2
print(alpha + beta)
print(completely_unrelated_name)
