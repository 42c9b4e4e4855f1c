# Uncaught user exception chained with "raise ... from ..."
class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError('missing setting ' + repr(key)) from e

settings = {'host': 'example'}
print(load(settings, 'host'))
print(load(settings, 'port'))
