# struct in practice: writing and parsing a WAV header and a BMP header.
import struct


def wav_header(channels, rate, bits, frames):
    block_align = channels * bits // 8
    data_size = frames * block_align
    return struct.pack('<4sI4s4sIHHIIHH4sI',
                       b'RIFF', 36 + data_size, b'WAVE',
                       b'fmt ', 16, 1, channels, rate, rate * block_align,
                       block_align, bits, b'data', data_size)


def parse_wav(header):
    fields = struct.unpack('<4sI4s4sIHHIIHH4sI', header)
    names = ('riff', 'size', 'wave', 'fmt', 'fmt_size', 'format', 'channels',
             'rate', 'byte_rate', 'block_align', 'bits', 'data', 'data_size')
    return dict(zip(names, fields))


h = wav_header(2, 44100, 16, 1000)
print(len(h), h[:12], h.hex()[24:56])
info = parse_wav(h)
for key in ('riff', 'wave', 'channels', 'rate', 'byte_rate', 'bits', 'data_size'):
    print(' ', key, info[key])

# samples: 16-bit signed little-endian, clipped to range
samples = [0, 1000, -1000, 32767, -32768, 12345]
pcm = struct.pack('<%dh' % len(samples), *samples)
print(pcm.hex())
print(list(struct.unpack('<%dh' % (len(pcm) // 2), pcm)))
try:
    struct.pack('<h', 40000)
except struct.error as e:
    print('clip needed:', e)
clipped = [max(-32768, min(32767, s * 2)) for s in samples]
print(struct.unpack('<6h', struct.pack('<6h', *clipped)))

# BMP file header + info header, parsed with unpack_from at offsets
width, height = 3, 2
row = (width * 3 + 3) & ~3
pixels = bytearray()
for y in range(height):
    line = bytearray()
    for x in range(width):
        line += bytes((x * 80, y * 120, 200))
    line += bytes(row - len(line))
    pixels += line
info_header = struct.pack('<IiiHHIIiiII', 40, width, height, 1, 24, 0,
                          len(pixels), 2835, 2835, 0, 0)
file_header = struct.pack('<2sIHHI', b'BM', 14 + 40 + len(pixels), 0, 0, 54)
bmp = file_header + info_header + bytes(pixels)
print(len(bmp), bmp[:2], bmp.hex()[:28])

magic, size, _, _, offset = struct.unpack_from('<2sIHHI', bmp, 0)
hsize, w, h_, planes, bpp = struct.unpack_from('<IiiHH', bmp, 14)
print(magic, size, offset, hsize, w, h_, planes, bpp)
for y in range(h_):
    start = offset + y * row
    print([struct.unpack_from('<3B', bmp, start + 3 * x) for x in range(w)])

# a table of (id, value) records, located with iter_unpack
table = b''.join(struct.pack('>Hd', i, i * 1.5) for i in range(4))
print([(i, v) for i, v in struct.iter_unpack('>Hd', table)])
total = sum(v for _, v in struct.iter_unpack('>Hd', table))
print(total)
