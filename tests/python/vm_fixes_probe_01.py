class S(str):
    __str__ = lambda s: 'custom'
print('%s' % S('raw'), '%s' % (S('raw'),), '{}'.format(S('raw')), f'{S("raw")}', str(S('raw')))
class I(int):
    __str__ = lambda s: 'I!'
print('%s' % I(3), '%d' % I(3))
print(callable(staticmethod(len)), callable(classmethod(len)))
class A:
    def __pow__(s, o, m=None): return ('pow', o, m)
print(pow(A(), 2, 5))
class B:
    "doc"
class C(B): pass
print(C().__doc__, C.__doc__, B().__doc__)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
import builtins
class D:
    def __del__(self):
        print('finalized at exit, print still there')
d = D()
