# WeakMethod and finalize
import weakref

class Button:
    def __init__(self, label):
        self.label = label
    def click(self):
        return 'clicked ' + self.label

b = Button('ok')
wm = weakref.WeakMethod(b.click)
m = wm()
print(m(), m == b.click)
del m
print(wm() is not None)
wm2 = weakref.WeakMethod(b.click)
print(wm == wm2)
# a plain ref to a bound method dies immediately
r = weakref.ref(b.click)
print('plain ref to bound method:', r())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakMethod(Button)
except TypeError as e:
    print(type(e).__name__, e)
dead = []
wm3 = weakref.WeakMethod(b.click, lambda ref: dead.append(ref is wm3))
del b
print('after del:', wm(), wm3(), dead)

print('--- finalize')
class Resource:
    def __init__(self, name):
        self.name = name

def release(name, how='normally'):
    print('release', name, how)
    return 'released ' + name

res = Resource('db')
fin = weakref.finalize(res, release, 'db', how='on gc')
print(fin.alive, fin.atexit)
info = fin.peek()
print(info[0] is res, info[1] is release, info[2], info[3])
del info
del res
print(fin.alive, fin.peek())
print(fin())

res2 = Resource('file')
fin2 = weakref.finalize(res2, release, 'file')
print(fin2(), fin2.alive)
print(fin2())
del res2

res3 = Resource('sock')
fin3 = weakref.finalize(res3, release, 'sock')
det = fin3.detach()
print(det[0] is res3, det[1] is release, det[2], det[3], fin3.alive, fin3.detach())
del res3, det

order = []
class Owner:
    pass
owners = [Owner() for _ in range(3)]
fins = [weakref.finalize(o, order.append, i) for i, o in enumerate(owners)]
owners.pop(1)
owners.pop(0)
owners.pop()
print(order)

# a finalizer left alive runs at exit (atexit=True by default)
keeper = Resource('kept')
weakref.finalize(keeper, print, 'finalizer ran at exit')
fq = weakref.finalize(keeper, print, 'silent')
fq.atexit = False
print('end of main')
