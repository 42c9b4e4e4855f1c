# uncaught warnings go to stderr with file name, line number and source line
import warnings

def deprecated_api():
    warnings.warn('deprecated_api() is deprecated', DeprecationWarning, stacklevel=2)
    return 1

def helper():
    warnings.warn('problem in helper')

def level3():
    warnings.warn('reported two frames up', stacklevel=3)

def middle():
    level3()

print('start')
warnings.warn('top level warning')
helper()
deprecated_api()
middle()
warnings.warn('runtime issue', RuntimeWarning)
warnings.warn('too deep', stacklevel=50)
for i in range(3):
    warnings.warn('in a loop')
print('end')
