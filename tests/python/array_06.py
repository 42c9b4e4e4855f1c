# array in practice: signal smoothing, histograms and binary files.
import io
from array import array

# a noisy signal from a deterministic generator
seed = 7
signal = array('d')
for i in range(40):
    seed = (seed * 48271) % 2147483647
    noise = (seed % 1000) / 1000 - 0.5
    signal.append((i % 10) + noise)
print(len(signal), signal.itemsize * len(signal), round(sum(signal), 6))


def moving_average(data, width):
    out = array('d')
    total = sum(data[:width])
    out.append(total / width)
    for i in range(width, len(data)):
        total += data[i] - data[i - width]
        out.append(total / width)
    return out


smooth = moving_average(signal, 5)
print(len(smooth), [round(x, 3) for x in smooth[:6]])
print(round(max(smooth), 4), round(min(smooth), 4))

# histogram with unsigned counters
bins = array('L', [0] * 10)
for x in signal:
    bins[min(9, max(0, int(x)))] += 1
print(bins, sum(bins))
peak = bins.index(max(bins))
print('peak bin', peak, 'count', bins[peak])

# saving and loading through a binary stream
stream = io.BytesIO()
signal.tofile(stream)
bins.tofile(stream)
print(stream.tell(), len(stream.getvalue()))
stream.seek(0)
loaded = array('d')
loaded.fromfile(stream, len(signal))
counts = array('L')
counts.fromfile(stream, 10)
print(loaded == signal, counts == bins, counts)
try:
    counts.fromfile(stream, 1)
except EOFError as e:
    print('EOFError', e, len(counts))
stream.seek(-16, io.SEEK_END)
partial = array('L')
try:
    partial.fromfile(stream, 3)
except EOFError as e:
    print('EOFError', e, partial)
try:
    partial.fromfile(stream, -1)
except ValueError as e:
    print('ValueError', e)
try:
    partial.fromfile(io.StringIO('text'), 1)
except TypeError as e:
    print('TypeError', e)

# 8-bit image rows: invert and threshold
image = [array('B', [(x * 37 + y * 11) % 256 for x in range(8)]) for y in range(4)]
for row in image:
    inverted = array('B', (255 - p for p in row))
    mask = ''.join('#' if p > 127 else '.' for p in inverted)
    print(row.tobytes().hex(), mask)

# a compact sieve of Eratosthenes
limit = 60
flags = array('b', [1]) * (limit + 1)
flags[0] = flags[1] = 0
for n in range(2, int(limit ** 0.5) + 1):
    if flags[n]:
        flags[n * n::n] = array('b', [0]) * len(flags[n * n::n])
print([n for n in range(limit + 1) if flags[n]])
