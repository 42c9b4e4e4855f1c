# Exception in finally replaces the original (with context)
def process():
    try:
        print('working')
        raise ValueError('original problem')
    finally:
        print('cleaning up')
        raise RuntimeError('cleanup failed')

process()
