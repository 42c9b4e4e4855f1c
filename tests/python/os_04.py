# os.environ get/set in-process, getenv
import os

key = 'TIERCEL_TEST_OS_04'
print(key in os.environ, os.environ.get(key), os.getenv(key), os.getenv(key, 'dflt'))
os.environ[key] = 'first'
print(key in os.environ, os.environ[key], os.getenv(key))
os.environ[key] = 'second value'
print(os.environ.get(key))
print(os.environ.setdefault(key, 'ignored'))
print(os.environ.pop(key))
print(key in os.environ, os.environ.pop(key, 'gone'))
try:
    os.environ[key]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del os.environ[key]
except KeyError as e:
    print(type(e).__name__, e)

print(os.environ.setdefault(key, 'made'))
del os.environ[key]
print(os.getenv(key))

for bad in [1, None, b'x']:
    try:
        os.environ[key] = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.environ[1] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(key in os.environ)

os.environ.update({key + '_A': 'a', key + '_B': 'b'})
print(sorted(k for k in os.environ if k.startswith(key)))
print(sorted((k, v) for k, v in os.environ.items() if k.startswith(key)))
copy = os.environ.copy()
print(type(copy).__name__, copy[key + '_A'])
del os.environ[key + '_A']
del os.environ[key + '_B']
print(key + '_A' in copy, key + '_A' in os.environ)
print(isinstance(os.environ, dict), len(os.environ) == len(list(os.environ)))
print(os.environ.get(key + '_C', 'fallback'))
os.environ[key] = ''
print(repr(os.environ[key]), repr(os.getenv(key)))
del os.environ[key]
print(type(os.environb).__name__ if hasattr(os, 'environb') else 'no environb')
