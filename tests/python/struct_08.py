# struct: a tiny binary serialization format built on Struct objects.
import struct

HEADER = struct.Struct('>4sBH')      # magic, version, entry count
ENTRY = struct.Struct('>BH')         # type tag, payload length
TAGS = {int: 1, float: 2, str: 3, bytes: 4, bool: 5, type(None): 6}


def encode_value(value):
    kind = TAGS[type(value)]
    if kind == 1:
        payload = struct.pack('>q', value)
    elif kind == 2:
        payload = struct.pack('>d', value)
    elif kind == 3:
        payload = value.encode('utf-8')
    elif kind == 4:
        payload = value
    elif kind == 5:
        payload = struct.pack('?', value)
    else:
        payload = b''
    return ENTRY.pack(kind, len(payload)) + payload


def encode(values):
    out = bytearray(HEADER.pack(b'TSER', 1, len(values)))
    for value in values:
        out += encode_value(value)
    return bytes(out)


def decode(data):
    magic, version, count = HEADER.unpack_from(data)
    if magic != b'TSER':
        raise ValueError('bad magic %r' % magic)
    pos = HEADER.size
    values = []
    for _ in range(count):
        kind, length = ENTRY.unpack_from(data, pos)
        pos += ENTRY.size
        payload = data[pos:pos + length]
        if len(payload) != length:
            raise ValueError('truncated entry')
        pos += length
        if kind == 1:
            values.append(struct.unpack('>q', payload)[0])
        elif kind == 2:
            values.append(struct.unpack('>d', payload)[0])
        elif kind == 3:
            values.append(payload.decode('utf-8'))
        elif kind == 4:
            values.append(payload)
        elif kind == 5:
            values.append(struct.unpack('?', payload)[0])
        else:
            values.append(None)
    return version, values


items = [42, -7, 3.25, 'héllo', b'\x00\xff', True, None, 2 ** 62, '', -0.0]
blob = encode(items)
print(len(blob))
print(blob[:16].hex())
version, back = decode(blob)
print(version, back)
print(back == items)

for bad in (b'XXXX\x01\x00\x00', blob[:-3], blob[:5]):
    try:
        decode(bad)
    except (ValueError, struct.error) as e:
        print(type(e).__name__, e)

try:
    encode([2 ** 63])
except struct.error as e:
    print('too big:', e)
try:
    encode([[1]])
except KeyError as e:
    print('unsupported type:', e)

# patching a field in place with pack_into
buf = bytearray(blob)
HEADER.pack_into(buf, 0, b'TSER', 2, 1)
print(decode(bytes(buf)))
