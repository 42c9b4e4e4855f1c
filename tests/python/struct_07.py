# struct: deterministic pseudo-random round trips over many formats.
import struct

state = 12345


def rand(bits):
    global state
    out = 0
    for _ in range((bits + 30) // 31):
        state = (state * 1103515245 + 12345) % 2 ** 31
        out = (out << 31) | state
    return out % 2 ** bits


RANGES = {'b': 8, 'h': 16, 'i': 32, 'q': 64, 'B': 8, 'H': 16, 'I': 32,
          'Q': 64}
checks = 0
digest = 0
for order in '<>!=@':
    for code, bits in RANGES.items():
        fmt = order + '5' + code
        values = []
        for _ in range(5):
            v = rand(bits)
            if code.islower():
                v -= 2 ** (bits - 1)
            values.append(v)
        packed = struct.pack(fmt, *values)
        assert struct.unpack(fmt, packed) == tuple(values), fmt
        checks += 1
        for byte in packed:
            digest = (digest * 31 + byte) % 1000000007
print('integer checks', checks, 'digest', digest)

# floats: float32 and float16 round trips are stable after the first pack
for code in 'efd':
    stable = 0
    out = []
    for _ in range(200):
        mantissa = rand(30) / 2 ** 30
        exponent = rand(5) - 16
        x = (mantissa + 0.5) * 2.0 ** exponent
        if rand(1):
            x = -x
        try:
            once = struct.unpack('<' + code, struct.pack('<' + code, x))[0]
        except OverflowError:
            out.append('ovf')
            continue
        twice = struct.unpack('<' + code, struct.pack('<' + code, once))[0]
        stable += once == twice
        if len(out) < 6:
            out.append(repr(once))
    print(code, stable, out)

# mixed formats: the same values through big and little endian agree
record = ('<', '>')
for order in record:
    s = struct.Struct(order + 'bhiqBHIQefd?5s')
    values = (-1, -300, 70000, -2 ** 40, 255, 65535, 2 ** 32 - 1, 2 ** 64 - 1,
              0.5, 0.25, 1e100, True, b'tail')
    packed = s.pack(*values)
    print(order, s.size, struct.unpack(order + 'bhiqBHIQefd?5s', packed))
big = struct.pack('>Q', 0x0102030405060708)
little = struct.pack('<Q', 0x0102030405060708)
print(big.hex(), little.hex(), big == little[::-1])
