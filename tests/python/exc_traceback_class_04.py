# Uncaught user exception with extra attributes and a custom __str__,
# raised from a base-class method via super()
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return 'line ' + str(self.line) + ': ' + self.msg

class Parser:
    def parse(self, text):
        if not text:
            raise ParseError(1, 'empty input')
        return text.split()

class StrictParser(Parser):
    def parse(self, text):
        words = super().parse(text.strip())
        return words

print(StrictParser().parse('a b c'))
print(StrictParser().parse('   '))
