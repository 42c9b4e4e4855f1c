# gmtime / strftime / asctime with fixed timestamps
import time

for ts in (0, 86399, 86400, 951782400, 1234567890, 1700000000, -86400, 2**31):
    t = time.gmtime(ts)
    print(ts, time.strftime('%Y-%m-%d %H:%M:%S', t), t.tm_wday, t.tm_yday)

t = time.gmtime(1234567890)
print(time.asctime(t))
print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(951782400 + 86400)))  # leap day 2000-02-29
print(t)
print(time.gmtime(1234567890.75).tm_sec)
print(time.gmtime(-1.5))

fmt = '%a %A %b %B %d %j %m %y %Y %H %I %M %S %p %w %%'
print(time.strftime(fmt, t))
print(time.strftime('%H:%M %p', time.gmtime(13 * 3600 + 5 * 60)))
print(time.strftime('%I %p', time.gmtime(0)))
print(time.strftime('%U %W', time.gmtime(1700000000)))
print(time.strftime('', t) == '')
print(time.strftime('plain text', t))
print(time.strftime('%Y', (2024, 5, 6, 7, 8, 9, 0, 127, 0)))
print(time.strftime('%d/%m/%Y', (1999, 12, 31, 0, 0, 0, 4, 365, 0)))
print(time.asctime((2021, 3, 4, 5, 6, 7, 3, 63, 0)))
