# random: real-valued distributions -- parameter edge cases, defaults, the
# gauss() cache, argument errors, and exact values for a fixed seed.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


r = random.Random(2718)

# uniform / triangular.
attempt('uniform(1, 1)', r.uniform, 1, 1)
attempt('uniform(int, int)', r.uniform, 2, 3)
attempt('uniform(-1e308, 1e308)', r.uniform, -1e308, 1e308)
attempt('uniform("a", 1)', r.uniform, 'a', 1)
attempt('uniform(1)', r.uniform, 1)
attempt('triangular(5, 5)', r.triangular, 5, 5)
attempt('triangular(5, 5, 5)', r.triangular, 5, 5, 5)
attempt('triangular(0, 1, 0)', r.triangular, 0, 1, 0)
attempt('triangular(0, 1, 1)', r.triangular, 0, 1, 1)
attempt('triangular(10, 0)', r.triangular, 10, 0)
attempt('triangular(0, 10, 20)', r.triangular, 0, 10, 20)
attempt('triangular(mode=0.3)', r.triangular, mode=0.3)
attempt('triangular(high=5)', r.triangular, high=5)
attempt('triangular(0, 1, "x")', r.triangular, 0, 1, 'x')

# normal family.
attempt('normalvariate()', r.normalvariate)
attempt('normalvariate(mu=10)', r.normalvariate, mu=10)
attempt('normalvariate(0, 0)', r.normalvariate, 0, 0)
attempt('normalvariate(0, -1)', r.normalvariate, 0, -1)
attempt('lognormvariate(0, 1)', r.lognormvariate, 0, 1)
attempt('lognormvariate(0, 0)', r.lognormvariate, 0, 0)
attempt('lognormvariate()', r.lognormvariate)
attempt('lognormvariate(1000, 1)', r.lognormvariate, 1000, 1)

# gauss() makes values in pairs; seeding discards the cached one.
r.seed(1)
pair = (r.gauss(), r.gauss())
r.seed(1)
x = r.gauss()
print('gauss cache:', repr(pair[0]), repr(pair[1]), x == pair[0], r.gauss_next == pair[1])
r.seed(1)
r.gauss()
r.seed(1)
print('seed clears cache:', r.gauss() == pair[0])
r.gauss_next = 42.0
print('manual cache:', r.gauss(), r.gauss(10, 0), r.gauss_next is not None)
attempt('gauss(mu=5, sigma=0)', r.gauss, mu=5, sigma=0)

# expovariate.
attempt('expovariate(1)', r.expovariate, 1)
attempt('expovariate(1e-300)', r.expovariate, 1e-300)
attempt('expovariate(0)', r.expovariate, 0)
attempt('expovariate()', r.expovariate)
attempt('expovariate("x")', r.expovariate, 'x')

# vonmisesvariate.
attempt('vonmises kappa 0', r.vonmisesvariate, 0, 0)
attempt('vonmises kappa 1e-6', r.vonmisesvariate, 1, 1e-6)
attempt('vonmises kappa 1e-5', r.vonmisesvariate, 1, 1e-5)
attempt('vonmises huge kappa', r.vonmisesvariate, 1.5, 1e9)
attempt('vonmises mu > 2pi', r.vonmisesvariate, 100, 2)
attempt('vonmises negative mu', r.vonmisesvariate, -3, 2)
inside = all(0.0 <= r.vonmisesvariate(-7, 0.5) < 6.283185307179586 for _ in range(500))
print('vonmises range:', inside)

# gammavariate / betavariate.
attempt('gamma(0, 1)', r.gammavariate, 0, 1)
attempt('gamma(1, 0)', r.gammavariate, 1, 0)
attempt('gamma(-1, 1)', r.gammavariate, -1, 1)
attempt('gamma(1, -2)', r.gammavariate, 1, -2)
attempt('gamma(0.01, 1)', r.gammavariate, 0.01, 1)
attempt('gamma(1.0, 2)', r.gammavariate, 1.0, 2)
attempt('gamma(1.0000001, 1)', r.gammavariate, 1.0000001, 1)
attempt('gamma(1e6, 1)', r.gammavariate, 1e6, 1)
attempt('gamma("a", 1)', r.gammavariate, 'a', 1)
attempt('beta(1, 1)', r.betavariate, 1, 1)
attempt('beta(0.01, 0.01)', r.betavariate, 0.01, 0.01)
attempt('beta(0, 1)', r.betavariate, 0, 1)
attempt('beta(1, 0)', r.betavariate, 1, 0)
tiny = [r.betavariate(0.005, 1) for _ in range(40)]
print('beta zeros:', tiny.count(0.0) > 0, all(0.0 <= t <= 1.0 for t in tiny))

# pareto / weibull.
attempt('pareto(1)', r.paretovariate, 1)
attempt('pareto(0.1)', r.paretovariate, 0.1)
attempt('pareto(0)', r.paretovariate, 0)
attempt('pareto(-2)', r.paretovariate, -2)
attempt('weibull(1, 1)', r.weibullvariate, 1, 1)
attempt('weibull(2, 0.5)', r.weibullvariate, 2, 0.5)
attempt('weibull(1, 0)', r.weibullvariate, 1, 0)
attempt('weibull(0, 1)', r.weibullvariate, 0, 1)

# Each distribution drawn from one continuing stream (a) and from a freshly
# seeded generator.
fns = ['random', 'uniform', 'triangular', 'normalvariate', 'gauss', 'lognormvariate',
       'expovariate', 'vonmisesvariate', 'gammavariate', 'betavariate',
       'paretovariate', 'weibullvariate']
args = {'uniform': (0, 1), 'lognormvariate': (0, 1), 'expovariate': (1,),
        'vonmisesvariate': (0, 1), 'gammavariate': (2, 1), 'betavariate': (2, 2),
        'paretovariate': (3,), 'weibullvariate': (1, 2)}
a = random.Random('dist')
for name in fns:
    va = getattr(a, name)(*args.get(name, ()))
    vb = getattr(random.Random('dist'), name)(*args.get(name, ()))
    print(name, repr(va), repr(vb))
