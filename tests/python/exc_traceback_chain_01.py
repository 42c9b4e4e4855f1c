# Uncaught exception with an explicit cause (raise ... from ...)
class ParseError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError('invalid port: ' + repr(text)) from e

print(parse_port('8080'))
print(parse_port('eighty'))
