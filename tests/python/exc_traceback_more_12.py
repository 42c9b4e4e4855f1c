# Uncaught exception raised with `from` inside an except block of a method,
# reached through a dict of handlers (explicit chaining, "direct cause")
class ConfigError(Exception):
    pass


class Loader:
    def __init__(self, raw):
        self.raw = raw

    def parse_port(self, text):
        try:
            return int(text)
        except ValueError as e:
            raise ConfigError(f"bad port {text!r}") from e

    def load(self):
        handlers = {"port": self.parse_port, "host": str.strip}
        result = {}
        for key, value in self.raw.items():
            result[key] = handlers[key](value)
        return result


print(Loader({"host": " example ", "port": "80"}).load())
print(Loader({"port": "eighty"}).load())
