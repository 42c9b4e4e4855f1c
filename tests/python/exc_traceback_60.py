# Error deep in a finite recursion: repeated traceback lines collapse
def countdown(n):
    print('countdown', n)
    if n == 0:
        return 10 // n
    return countdown(n - 1)

print('counting down from 6')
print('the last call divides by zero')
countdown(6)
