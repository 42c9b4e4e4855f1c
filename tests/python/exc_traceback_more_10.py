# Uncaught exception raised while executing a class body
DEFAULTS = {"host": "localhost", "port": 8080}


class Base:
    kind = "base"


print("defining Config")


class Config(Base):
    host = DEFAULTS["host"]
    port = DEFAULTS["port"]
    url = "http://" + host + ":" + str(port)
    print("url is", url)
    timeout = DEFAULTS["timeout"]

    def describe(self):
        return self.url


print("not reached")
