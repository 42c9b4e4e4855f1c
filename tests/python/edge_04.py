# try/finally where finally's return overrides the try/except result or exception
def f1():
    try:
        return "try"
    finally:
        return "finally"


def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


def f3():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("  f3 finally runs before returning")


def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  f4 changed x to", x)


def f5():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  f5 body", i)
        finally:
            print("  f5 finally", i)
    return i


def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  f6 inner finally")
    except KeyError as e:
        return "f6 caught " + repr(e)


def f7():
    count = 0
    while True:
        try:
            count += 1
            if count < 3:
                continue
            return count
        finally:
            if count == 3:
                return count * 100


def f8():
    items = []
    try:
        items.append("try")
        return items
    finally:
        items.append("finally")


def f9():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        finally:
            return "f9 finally return"


for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    print(f.__name__, "->", f())


def f10():
    try:
        return "never"
    finally:
        raise RuntimeError("raised in finally")


try:
    f10()
except RuntimeError as e:
    print("f10 ->", e, e.__context__)
