# struct_time fields, indexing and errors
import time

t = time.gmtime(1000000000)
print(type(t).__name__, len(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
print(t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff)
print(t[0], t[-1], t[:3], t[3:6])
print(tuple(t))
print(list(t)[6:])
y, mo, d, *rest = t
print(y, mo, d, rest)
print(t == time.gmtime(1000000000), t == tuple(t))
print(isinstance(t, tuple))

try:
    t.tm_year = 2000
except AttributeError as e:
    print(type(e).__name__)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[9]
except IndexError as e:
    print(type(e).__name__, e)

s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s)
print(s.tm_year, s.tm_yday, s.tm_zone)
print(time.strftime('%Y-%m-%d', s))

for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    time.struct_time(5)
except TypeError as e:
    print(type(e).__name__, e)

for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 7, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
        print('accepted', bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    time.strftime('%Y', (2020, 1, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.gmtime('0')
except TypeError as e:
    print(type(e).__name__, e)
