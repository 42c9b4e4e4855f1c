# math constants and basic functions
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(0), math.sqrt(1), math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e100))
print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.floor(-0.5), math.floor(1e20))
print(math.ceil(2.1), math.ceil(-2.1), math.ceil(5), math.ceil(-0.5), math.ceil(1e20))
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(7), math.trunc(-0.99))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(-math.inf))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(math.inf, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), -7 % 3)
print(math.floor(2 ** 70 + 0.0) == 2 ** 70, math.ceil(-1e-300), math.floor(1e-300))
print(isinstance(math.floor(2.5), int), isinstance(math.sqrt(4), float))
