# mktime round trips through localtime; process_time type
import time

for ts in (0, 86400 * 365, 1000000000, 1234567890, 1700000000, 1718000000):
    lt = time.localtime(ts)
    back = time.mktime(lt)
    print(ts, type(back).__name__, back == ts)

lt = time.localtime(1600000000)
print(type(lt).__name__, len(lt))
print(lt.tm_isdst in (-1, 0, 1), isinstance(lt.tm_zone, str), isinstance(lt.tm_gmtoff, int))
print(time.mktime(time.localtime(1600000000)) - time.mktime(time.localtime(1600000000 - 3600)))

# a localtime with no argument is "now"
now = time.localtime()
print(now.tm_year >= 2020)
print(abs(time.mktime(time.localtime()) - time.time()) < 5)

# mktime normalises out-of-range fields the C way
base = time.localtime(1700000000)
fields = list(base)
fields[5] += 90          # 90 more seconds
print(time.mktime(tuple(fields)) - time.mktime(base))
fields = list(base)
fields[2] += 1           # next day
print(time.mktime(tuple(fields)) - time.mktime(base) in (86400.0, 82800.0, 90000.0))

pt = time.process_time()
print(type(pt).__name__, pt >= 0)
print(type(time.process_time_ns()).__name__)
total = 0
for i in range(200000):
    total += i
print(total, time.process_time() >= pt)

try:
    time.mktime((2020, 1, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.mktime('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.localtime('x')
except TypeError as e:
    print(type(e).__name__, e)
