# weakref.proxy: transparent access, ReferenceError after death, callable proxies
import weakref

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def __len__(self):
        return len(self.owner)
    def __getitem__(self, i):
        return self.owner[i]
    def __add__(self, other):
        return self.balance + other
    def __iter__(self):
        return iter(self.owner)
    def __str__(self):
        return 'Account of %s' % self.owner
    def __eq__(self, other):
        return isinstance(other, (int, float)) and self.balance == other
    __hash__ = None

acct = Account('ann', 10)
p = weakref.proxy(acct)
print(p.owner, p.balance, p.deposit(5), acct.balance)
p.balance = 100
print(acct.balance)
print(len(p), p[0], p + 1, list(p), str(p), p == 100)
print(type(p).__name__, type(p) is weakref.ProxyType, isinstance(p, Account))
print(weakref.getweakrefcount(acct))
p2 = weakref.proxy(acct)
print(p2 is p)
del p.owner
print(hasattr(acct, 'owner'))
acct.owner = 'bob'

try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)

def on_death(ref):
    print('proxy callback, ref type', type(ref).__name__)
pc = weakref.proxy(acct, on_death)
del acct
for action in [lambda: p.owner, lambda: len(p), lambda: str(p), lambda: p + 1,
               lambda: setattr(p, 'x', 1), lambda: pc.balance]:
    try:
        action()
    except ReferenceError as e:
        print(type(e).__name__, e)
print(issubclass(ReferenceError, Exception))

def greet(name):
    return 'hello ' + name
cp = weakref.proxy(greet)
print(cp('world'), type(cp).__name__, type(cp) is weakref.CallableProxyType)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    weakref.proxy(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)
