# Invalid syntax: keyword used as a name
print('never')
class_ = 1
for_ = 2
print(class_ + for_)
def pass_through(v):
    return v

for = 3
print(for)
