# a tiny log formatter built on gmtime/strftime, plus ctime of fixed UTC values
import time

events = [
    (1577836800, 'new year'),
    (1583020800, 'leap-year March'),
    (1609459199, 'last second of 2020'),
    (4102444800, 'year 2100'),
]

def stamp(ts):
    t = time.gmtime(ts)
    return '[%s %s] day %03d week %s' % (
        time.strftime('%Y-%m-%dT%H:%M:%SZ', t), time.strftime('%a', t),
        t.tm_yday, time.strftime('%W', t))

for ts, label in events:
    print(stamp(ts), label)

# durations between events, computed from struct_time fields
def day_number(ts):
    return ts // 86400

for (a, la), (b, lb) in zip(events, events[1:]):
    print('%s -> %s: %d days' % (la, lb, day_number(b) - day_number(a)))

# gmtime and the tm_* fields agree with arithmetic on the timestamp
ts = 1234567890
t = time.gmtime(ts)
print(t.tm_hour * 3600 + t.tm_min * 60 + t.tm_sec == ts % 86400)
print((ts // 86400 + 3) % 7 == t.tm_wday)

# strftime with non-ASCII text in the format
print(time.strftime('année %Y — %d', time.gmtime(0)))

# time zone attributes exist and have the right types
print(isinstance(time.timezone, int), isinstance(time.altzone, int), isinstance(time.daylight, int))
print(type(time.tzname).__name__, len(time.tzname))
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').monotonic)
