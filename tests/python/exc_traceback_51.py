# NameError after del of a global
config = {'debug': True}
print(config)
config['level'] = 3
print(config, len(config))
backup = config
del config
print('deleted config; backup still has', backup)
print('looking up config again')
print(config)
