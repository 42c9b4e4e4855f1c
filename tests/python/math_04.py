# math: trigonometry and angle conversion
import math
print(math.sin(0), math.cos(0), math.tan(0), math.atan(0), math.atan2(0, 1))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(0), math.radians(90) == math.pi / 2)
print(math.atan(1) * 4 == math.pi, math.atan2(1, 1) * 4 == math.pi)
print(math.atan2(0.0, -1.0) == math.pi, math.atan2(-0.0, -1.0) == -math.pi)
print(math.atan2(1, 0) == math.pi / 2, math.atan(math.inf) == math.pi / 2)
for deg in [0, 30, 45, 60, 90, 120, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
for t in [0.1, 0.5, 1.0, -1.0]:
    print(t, round(math.tan(t), 12), round(math.atan(t), 12))
print(round(math.atan2(1, -1), 12), round(math.atan2(-1, -1), 12), round(math.atan2(-3, 4), 12))
s = math.sin(1.234)
c = math.cos(1.234)
print(round(s * s + c * c, 12))
