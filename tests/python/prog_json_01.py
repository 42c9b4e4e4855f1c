# A JSON encoder and decoder written in plain Python, with round trips and error reports
import math


class JSONEncodeError(Exception):
    pass


class JSONDecodeError(Exception):
    def __init__(self, msg, text, pos):
        line = text.count('\n', 0, pos) + 1
        col = pos - (text.rfind('\n', 0, pos) + 1) + 1
        super().__init__(f'{msg}: line {line} column {col} (char {pos})')
        self.msg = msg
        self.pos = pos
        self.line = line
        self.col = col


ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


class Encoder:
    def __init__(self, indent=None, sort_keys=False, ensure_ascii=True):
        self.indent = indent
        self.sort_keys = sort_keys
        self.ensure_ascii = ensure_ascii

    def encode_str(self, s):
        out = ['"']
        for ch in s:
            if ch in ESCAPES:
                out.append(ESCAPES[ch])
            elif ord(ch) < 0x20:
                out.append(f'\\u{ord(ch):04x}')
            elif ord(ch) > 0x7e and self.ensure_ascii:
                code = ord(ch)
                if code > 0xffff:
                    code -= 0x10000
                    out.append(f'\\u{0xd800 + (code >> 10):04x}\\u{0xdc00 + (code & 0x3ff):04x}')
                else:
                    out.append(f'\\u{code:04x}')
            else:
                out.append(ch)
        out.append('"')
        return ''.join(out)

    def encode(self, obj):
        return ''.join(self.iterencode(obj, 0, set()))

    def iterencode(self, obj, depth, active):
        if obj is None:
            yield 'null'
        elif obj is True:
            yield 'true'
        elif obj is False:
            yield 'false'
        elif isinstance(obj, int):
            yield str(obj)
        elif isinstance(obj, float):
            if math.isnan(obj) or math.isinf(obj):
                raise JSONEncodeError(f'out of range float value: {obj!r}')
            yield repr(obj)
        elif isinstance(obj, str):
            yield self.encode_str(obj)
        elif isinstance(obj, (list, tuple, dict)):
            marker = id(obj)
            if marker in active:
                raise JSONEncodeError('circular reference detected')
            active.add(marker)
            if isinstance(obj, dict):
                yield from self.encode_dict(obj, depth, active)
            else:
                yield from self.encode_list(obj, depth, active)
            active.discard(marker)
        else:
            raise JSONEncodeError(f'Object of type {type(obj).__name__} is not JSON serializable')

    def separators(self, depth):
        if self.indent is None:
            return '', ', ', ''
        pad = ' ' * (self.indent * (depth + 1))
        return '\n' + pad, ',\n' + pad, '\n' + ' ' * (self.indent * depth)

    def encode_list(self, items, depth, active):
        if not items:
            yield '[]'
            return
        first, sep, last = self.separators(depth)
        yield '[' + first
        for i, item in enumerate(items):
            if i:
                yield sep
            yield from self.iterencode(item, depth + 1, active)
        yield last + ']'

    def encode_dict(self, d, depth, active):
        if not d:
            yield '{}'
            return
        first, sep, last = self.separators(depth)
        keys = list(d)
        if self.sort_keys:
            keys.sort()
        yield '{' + first
        for i, key in enumerate(keys):
            if i:
                yield sep
            if isinstance(key, str):
                yield self.encode_str(key)
            elif isinstance(key, (int, float, bool)) or key is None:
                yield '"' + ''.join(self.iterencode(key, depth, active)) + '"'
            else:
                raise JSONEncodeError(f'keys must be str, int, float, bool or None, not {type(key).__name__}')
            yield ': '
            yield from self.iterencode(d[key], depth + 1, active)
        yield last + '}'


class Decoder:
    WS = ' \t\n\r'

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg, pos=None):
        return JSONDecodeError(msg, self.text, self.pos if pos is None else pos)

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def decode(self):
        self.skip_ws()
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise self.error('Extra data')
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            raise self.error('Expecting value')
        c = self.text[self.pos]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        if c == '-' or c.isdigit():
            return self.number()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        raise self.error('Expecting value')

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == '}':
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != '"':
                raise self.error('Expecting property name enclosed in double quotes')
            key = self.string()
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != ':':
                raise self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == '}':
                return result
            if c != ',':
                raise self.error("Expecting ',' delimiter", self.pos - 1)

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == ']':
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == ']':
                return result
            if c != ',':
                raise self.error("Expecting ',' delimiter", self.pos - 1)

    def hex4(self, at):
        digits = self.text[at:at + 4]
        if len(digits) != 4 or any(d not in '0123456789abcdefABCDEF' for d in digits):
            raise self.error('Invalid \\uXXXX escape', at - 1)
        return int(digits, 16)

    def string(self):
        start = self.pos
        self.pos += 1
        chunks = []
        simple = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
        while True:
            if self.pos >= len(self.text):
                raise self.error('Unterminated string starting at', start)
            c = self.text[self.pos]
            if c == '"':
                self.pos += 1
                return ''.join(chunks)
            if c == '\\':
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == 'u':
                    code = self.hex4(self.pos + 2)
                    self.pos += 6
                    if 0xd800 <= code < 0xdc00 and self.text[self.pos:self.pos + 2] == '\\u':
                        low = self.hex4(self.pos + 2)
                        if 0xdc00 <= low < 0xe000:
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                            self.pos += 6
                    chunks.append(chr(code))
                    continue
                if esc not in simple:
                    raise self.error('Invalid \\escape', self.pos)
                chunks.append(simple[esc])
                self.pos += 2
            elif ord(c) < 0x20:
                raise self.error('Invalid control character at', self.pos)
            else:
                chunks.append(c)
                self.pos += 1

    def number(self):
        start = self.pos
        text = self.text
        if text[self.pos] == '-':
            self.pos += 1
        if self.pos >= len(text) or not text[self.pos].isdigit():
            raise self.error('Expecting value', start)
        if text[self.pos] == '0':
            self.pos += 1
        else:
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        is_float = False
        if text[self.pos:self.pos + 1] == '.' and text[self.pos + 1:self.pos + 2].isdigit():
            is_float = True
            self.pos += 1
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        if text[self.pos:self.pos + 1] in ('e', 'E'):
            j = self.pos + 1
            if text[j:j + 1] in ('+', '-'):
                j += 1
            if text[j:j + 1].isdigit():
                is_float = True
                self.pos = j
                while self.pos < len(text) and text[self.pos].isdigit():
                    self.pos += 1
        literal = text[start:self.pos]
        return float(literal) if is_float else int(literal)


def dumps(obj, **options):
    return Encoder(**options).encode(obj)


def loads(text):
    return Decoder(text).decode()


data = {
    'name': 'Tiercel',
    'version': [0, 3, 1],
    'ratio': 0.125,
    'big': 2 ** 70,
    'neg': -17,
    'flags': {'fast': True, 'safe': False, 'extra': None},
    'text': 'quote " backslash \\ newline \n tab \t bell \x07',
    'unicode': 'caf\u00e9 \u2603 \U0001f600',
    'nested': [[], {}, [[1, [2, [3]]]], {'a': {'b': {'c': []}}}],
    'floats': [1.0, -0.5, 1e-07, 1e+22, 3.141592653589793],
}

compact = dumps(data)
print(compact)
back = loads(compact)
print('round trip equal:', back == data)
print('keys in order:', list(back) == list(data))

print(dumps(data['flags'], indent=2, sort_keys=True))
print(dumps({'list': [1, [2, 3], {}], 'empty': []}, indent=4))
print(dumps(data['unicode'], ensure_ascii=False))
print(dumps((1, 2), indent=1))
print(dumps({1: 'int key', 2.5: 'float key', None: 'none key', True: 'bool'}))

sample = '''
{
    "id": 12, "tags": ["a", "b\\u0041\\n"], "price": -12.50e1,
    "pair": [true, false, null], "emoji": "\\ud83d\\ude00", "slash": "\\/",
    "deep": {"x": [{"y": [0, -0, 10E2, 1.5E-3]}]}
}
'''
parsed = loads(sample)
for key, value in parsed.items():
    print(f'{key:>6}: {value!r}')
print(dumps(parsed, sort_keys=True))

# re-encoding is stable
once = dumps(loads(dumps(data)))
print('stable:', once == compact)

BAD = [
    '',
    '   ',
    '[1, 2',
    '[1 2]',
    '{"a" 1}',
    '{"a": 1,}',
    '{a: 1}',
    '[1,]',
    '"unterminated',
    '"bad \\x escape"',
    '"bad \\u12G4"',
    '"tab\tinside"',
    'tru',
    '01',
    '-',
    '[1] x',
    '{"a": [1, {"b": }]}',
    '\n\n  [\n  nul ]',
]
for text in BAD:
    try:
        result = loads(text)
        print(f'{text!r:28} -> parsed {result!r}')
    except JSONDecodeError as e:
        print(f'{text!r:28} -> {e}')

for obj in [float('nan'), {'s': {1, 2}}, {(1, 2): 'tuple key'}, [1, float('-inf')]]:
    try:
        dumps(obj)
    except JSONEncodeError as e:
        print('encode error:', e)

loop = [1, 2]
loop.append(loop)
try:
    dumps(loop)
except JSONEncodeError as e:
    print('encode error:', e)

shared = [1]
print(dumps([shared, shared, {'again': shared}]))
